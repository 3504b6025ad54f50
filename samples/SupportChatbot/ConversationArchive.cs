using System;
using System.Collections.Generic;
using System.Linq;
using GdprAnalyzers.Annotations;

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

        /// <summary>
        /// Serves a customer's "delete my data" request (GDPR Art. 17): removes the customer, and with them, by EF Core's
        /// cascade delete, their messages (a message requires its customer). The call backs name no customer, only a
        /// phone number and a ticket: this handler leaves them behind, and GDPR016 says so (<c>// GDPR016</c>). The
        /// transcript file is kept 90 days and is not a database row: its erasure is another job.
        /// </summary>
        /// <returns>The number of rows deleted.</returns>
        [ErasureRequestHandler]
        public int EraseCustomer(string customerNumber) // GDPR016
        {
            List<Customer> customers = database.Customers.Where(customer => customer.CustomerNumber == customerNumber).ToList();
            database.Customers.RemoveRange(customers);
            return database.SaveChanges();
        }
    }
}
