using System;
using System.IO;
using GdprAnalyzers.Annotations;

namespace SupportChatbot
{
    /// <summary>
    /// The transcript for support staff: a plain-text file, appended to conversation by conversation. A file is a store of
    /// personal data like the database: what it holds needs a declared purpose and lawful basis (GDPR002, GDPR003), on the
    /// data (its member or type) or on the method that writes it (or that method's type), and so does how long the file
    /// keeps it (GDPR013), declared here for every line the class writes.
    /// </summary>
    [RetentionPeriod("P90D", Criteria = "after the conversation ends")]
    public sealed class TranscriptFile
    {
        private readonly string path;

        public TranscriptFile(string path)
        {
            this.path = path;
        }

        /// <summary>The heading of a conversation. Declared through the data: <see cref="Customer"/> declares its purpose
        /// and basis on the type.</summary>
        public void WriteHeading(SupportTicket ticket, string title, Customer customer) =>
            File.AppendAllText(path, $"=== {ticket.Id} {title}: {customer.Name} ({customer.CustomerNumber}){Environment.NewLine}");

        /// <summary>A customer turn as typed. Neither the text nor this method declares anything.</summary>
        public void AppendCustomerTurn(int turn, [PersonalData] string text) =>
            File.AppendAllText(path, $"{turn,3} Customer: {text}{Environment.NewLine}"); // GDPR002 GDPR003

        /// <summary>The number to call back, for the agent who makes the call. Declared on the method.</summary>
        [ProcessingPurpose("Call the customer back about their support request")]
        [LawfulBasis(LawfulBasis.Contract)]
        public void AppendCallback(SupportTicket ticket, [PersonalData(PersonalDataCategory.Contact)] string phone) =>
            File.AppendAllText(path, $"    Call back about {ticket.Id} on {phone}{Environment.NewLine}");
    }
}
