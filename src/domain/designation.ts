/**
 * The key designations are matched by: case and white space are ignored, so "gb38031",
 * "GB 38031" and "GB  38031" are one designation, while punctuation still counts
 * ("GB/T 31486" is not "GB 31486").
 */
export function designationKey(designation: string): string {
  return designation.replace(/\s+/gu, '').toUpperCase();
}
