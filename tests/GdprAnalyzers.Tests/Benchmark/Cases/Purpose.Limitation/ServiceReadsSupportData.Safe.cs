// benchmark: safe GDPR015
// The same read by the support service, whose purpose is the data's own (written in another case).
using GdprAnalyzers.Annotations;

[ProcessingPurpose("Answer support requests")]
public sealed class Ticket
{
    [PersonalData] public string RequesterEmail { get; set; } = "";
}

[ProcessingPurpose("answer support requests")]
public sealed class SupportService
{
    [return: PersonalData]
    public string ReplyTo(Ticket ticket) => ticket.RequesterEmail;
}
