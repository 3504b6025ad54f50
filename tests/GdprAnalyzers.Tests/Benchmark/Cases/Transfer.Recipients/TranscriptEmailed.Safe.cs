// benchmark: safe GDPR011
// A notification without personal data in its subject or body: the recipient's address alone is not a transfer.
using System.Net.Mail;
using GdprAnalyzers.Annotations;

public sealed class Transcripts(SmtpClient smtp)
{
    public void Notify([PersonalData] string email)
    {
        var message = new MailMessage("support@example.com", email);
        message.Subject = "Your conversation is ready";
        message.Body = "Sign in to read it.";
        smtp.Send(message);
    }
}
