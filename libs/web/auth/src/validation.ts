// The same limits the API enforces (SignUpInput), checked before sending so messages appear per field.
export const PASSWORD_MIN = 10;

export function validateEmail(email: string): string | null {
  if (!email.trim()) return 'Enter your e-mail address';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return 'Enter a valid e-mail address';
  return null;
}

export function validatePassword(password: string): string | null {
  if (!password) return 'Enter a password';
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters`;
  if (password.length > 256) return 'Use at most 256 characters';
  return null;
}

export function validateRequired(value: string, what: string, max = 200): string | null {
  if (!value.trim()) return `Enter ${what}`;
  if (value.trim().length > max) return `Use at most ${max} characters`;
  return null;
}
