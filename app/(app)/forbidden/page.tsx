import { AppLink } from "@/components/app-link";

export default function ForbiddenPage() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold">You do not have access to that page</h1>
      <p className="mt-2 text-stone-600">Your role does not allow it. Ask an admin if you need it.</p>
      <AppLink href="/" className="mt-6 inline-block text-blue-700 underline">Back to articles</AppLink>
    </div>
  );
}
