using System;
using GdprAnalyzers.Annotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SupportChatbot
{
    /// <summary>
    /// The support database: customers, what they typed, and the call backs promised to them, in a SQLite file. Created
    /// with <c>EnsureCreated()</c> at start-up (a sample has no migrations).
    /// </summary>
    /// <remarks>
    /// Every personal data member of an entity is stored, so GDPR002 and GDPR003 ask for its processing purpose and lawful
    /// basis. <see cref="Customer"/> declares both on its type; <see cref="ConversationMessage"/> a purpose on its type and a
    /// basis on one member; the declarations marked missing (<c>// GDPR002 GDPR003</c>, <c>// GDPR003</c>) are left for a
    /// person to choose: which purpose, which of the six bases of Art. 6(1). How long the database keeps it (GDPR013) is
    /// declared once, on the context, for every entity it stores.
    /// </remarks>
    [RetentionPeriod("P2Y", Criteria = "after the customer's last conversation")]
    public sealed class SupportDb : DbContext
    {
        private readonly string databasePath;

        public SupportDb(string databasePath)
        {
            this.databasePath = databasePath;
        }

        public DbSet<Customer> Customers => Set<Customer>();

        public DbSet<ConversationMessage> Messages => Set<ConversationMessage>();

        public DbSet<CallbackRequest> Callbacks => Set<CallbackRequest>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            // No pooling: a short-lived program closes the file when the context is disposed, so the database is complete
            // on disk (no write-ahead log left behind) when the program ends.
            var connection = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false };
            optionsBuilder.UseSqlite(connection.ToString());
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // The address is part of the customer's row. Its properties are read-only (set through the constructor), which
            // EF Core maps only when told to.
            modelBuilder.Entity<Customer>().OwnsOne(customer => customer.Address, address =>
            {
                address.Property(a => a.Street);
                address.Property(a => a.PostalCode);
                address.Property(a => a.City);
                address.Property(a => a.Country);
            });
        }
    }

    /// <summary>Who wrote a message.</summary>
    public enum MessageAuthor
    {
        Customer,
        Bot,
    }

    /// <summary>One turn of a conversation, as stored for support staff who follow the ticket up.</summary>
    [ProcessingPurpose("Answer the customer's support request and contact them about it")]
    public sealed class ConversationMessage
    {
        public int Id { get; set; }

        public int CustomerId { get; set; }

        public Customer? Customer { get; set; }

        /// <summary>The ticket the conversation opened; names the case, never the customer.</summary>
        public string TicketId { get; set; } = "";

        public int Turn { get; set; }

        public MessageAuthor Author { get; set; }

        public DateTimeOffset SentAt { get; set; }

        /// <summary>What was typed: free text, which holds whatever the customer chose to tell (their e-mail address and
        /// phone number among it).</summary>
        [PersonalData]
        [LawfulBasis(LawfulBasis.Contract)]
        public string Text { get; set; } = "";

        /// <summary>The customer's name as the support console shows it next to the message, copied when stored.</summary>
        [PersonalData(PersonalDataCategory.Identity)]
        public string AuthorName { get; set; } = ""; // GDPR003
    }

    /// <summary>A call back the bot promised: support staff call the customer within one working day.</summary>
    public sealed class CallbackRequest
    {
        public int Id { get; set; }

        public string TicketId { get; set; } = "";

        public DateTimeOffset DueBy { get; set; }

        [PersonalData(PersonalDataCategory.Contact)]
        public string Phone { get; set; } = ""; // GDPR002 GDPR003
    }
}
