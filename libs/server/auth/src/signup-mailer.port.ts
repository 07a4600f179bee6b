/** The one thing sign-up needs from mail; the API binds it to the notifications MailService. */
export interface SignUpMailer {
  send(msg: { to: string; subject: string; text: string; kind: string }): Promise<void>;
}

export const SIGNUP_MAILER = Symbol('SIGNUP_MAILER');
