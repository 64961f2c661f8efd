"use client";

import { useState } from "react";

export function FloorTextarea() {
  const [text, setText] = useState("The first correction.");
  return <textarea aria-label="Correction" value={text} onChange={(event) => setText(event.target.value)} />;
}
