// benchmark: leak GDPR015
// A marketing service reads an e-mail address collected for support.
using GdprAnalyzers.Annotations;

[ProcessingPurpose("Answer support requests")]
public sealed class Ticket
{
    [PersonalData] public string RequesterEmail { get; set; } = "";
}

[ProcessingPurpose("Send the newsletter")]
public sealed class NewsletterService
{
    [return: PersonalData]
    public string Recipient(Ticket ticket) => ticket.RequesterEmail; // expected
}
