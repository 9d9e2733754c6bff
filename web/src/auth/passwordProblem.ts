/** What is wrong with a new password before it is sent (the registry checks the same: 12 to 200 characters). */
export function passwordProblem(
  password: string,
  repeated: string,
): { key: 'tooShort' | 'tooLong' | 'mismatch'; n: number } | null {
  if (password.length < 12) return { key: 'tooShort', n: password.length };
  if (password.length > 200) return { key: 'tooLong', n: password.length };
  if (password !== repeated) return { key: 'mismatch', n: 0 };
  return null;
}
