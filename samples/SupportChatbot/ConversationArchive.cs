using System;
using System.Collections.Generic;

namespace SupportChatbot
{
    /// <summary>Stores a handled conversation: the customer, their turns and the promised call back, in the support
    /// database and the transcript file.</summary>
    public sealed class ConversationArchive
    {
        private readonly SupportDb database;
        private readonly TranscriptFile transcript;

        public ConversationArchive(SupportDb database, TranscriptFile transcript)
        {
            this.database = database;
            this.transcript = transcript;
        }

        public void Save(string title, SupportTicket ticket, Customer customer, IReadOnlyList<string> customerTurns)
        {
            transcript.WriteHeading(ticket, title, customer);
            database.Customers.Add(customer);
            for (int i = 0; i < customerTurns.Count; i++)
            {
                database.Messages.Add(new ConversationMessage
                {
                    Customer = customer,
                    TicketId = ticket.Id,
                    Turn = i + 1,
                    Author = MessageAuthor.Customer,
                    SentAt = DateTimeOffset.UtcNow,
                    Text = customerTurns[i],
                    AuthorName = customer.Name,
                });
                transcript.AppendCustomerTurn(i + 1, customerTurns[i]);
            }

            database.Callbacks.Add(new CallbackRequest { TicketId = ticket.Id, Phone = customer.Phone, DueBy = ticket.OpenedAt.AddDays(1) });
            transcript.AppendCallback(ticket, customer.Phone);
            database.SaveChanges();
        }
    }
}
