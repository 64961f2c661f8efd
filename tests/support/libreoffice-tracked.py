#!/usr/bin/env python3
"""Accept and reject all tracked changes of a .docx with LibreOffice, saving each result as UTF-8 text.

Usage: libreoffice-tracked.py INPUT.docx OUTPUT_DIR PROFILE_DIR
Writes OUTPUT_DIR/accepted.txt and OUTPUT_DIR/rejected.txt, and prints a JSON line
{"redlines": N, "authors": [...]} describing the tracked changes LibreOffice found.

Needs LibreOffice (package libreoffice-writer-nogui) and Python-UNO (package python3-uno); run it with the
Python that has the `uno` module (Debian: /usr/bin/python3). Starts its own headless soffice with the
given user profile, so it never touches another LibreOffice instance.
"""

import json
import os
import subprocess
import sys
import time
import uuid

sys.path.append("/usr/lib/python3/dist-packages")
sys.path.append("/usr/lib/libreoffice/program")

import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if process.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.5)


def run(source, out_dir, profile):
    pipe = f"redline-{uuid.uuid4().hex}"
    process = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe, process)
        smgr = context.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        url = uno.systemPathToFileUrl(os.path.abspath(source))
        info = {}
        for command, name in (("AcceptAllTrackedChanges", "accepted"), ("RejectAllTrackedChanges", "rejected")):
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            redlines = doc.Redlines
            authors = set()
            count = 0
            enum = redlines.createEnumeration()
            while enum.hasMoreElements():
                redline = enum.nextElement()
                count += 1
                authors.add(redline.getPropertyValue("RedlineAuthor"))
            info = {"redlines": count, "authors": sorted(authors)}
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, f".uno:{command}", "", 0, ())
            left = doc.Redlines.createEnumeration().hasMoreElements()
            if left:
                raise RuntimeError(f"{command} left tracked changes in the document")
            target = uno.systemPathToFileUrl(os.path.abspath(os.path.join(out_dir, f"{name}.txt")))
            doc.storeToURL(target, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            doc.close(True)
        print(json.dumps(info))
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as soffice quits
            pass
    finally:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    run(sys.argv[1], sys.argv[2], sys.argv[3])
