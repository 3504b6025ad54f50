// benchmark: leak GDPR011
// A transcript is e-mailed through an SMTP relay that is not declared; the address is needed to send and is not the leak.
using System.Net.Mail;
using GdprAnalyzers.Annotations;

public sealed class Transcripts(SmtpClient smtp)
{
    public void Send([PersonalData] string email, [PersonalData] string transcript)
    {
        var message = new MailMessage("support@example.com", email);
        message.Subject = "Your conversation";
        message.Body = transcript; // expected
        smtp.Send(message);
    }
}
