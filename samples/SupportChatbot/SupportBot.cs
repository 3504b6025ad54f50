using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Serilog;

namespace SupportChatbot
{
    /// <summary>
    /// The chatbot: asks the customer for what a support ticket needs, replies on <see cref="replies"/> (the chat
    /// channel, standard output), logs what it does through Microsoft.Extensions.Logging and Serilog, and stores the
    /// conversation through the <see cref="ConversationArchive"/> (the support database and the transcript file). Asked
    /// for a refund, it lets the refund model decide whether the customer's last order is eligible.
    /// </summary>
    /// <remarks>
    /// The lines marked <c>// GDPR001</c> write personal data to a log unredacted: GdprAnalyzers reports each of them,
    /// and <c>dotnet format analyzers --diagnostics GDPR001 --severity warn</c> wraps the value in
    /// <c>Redact.Pseudonymize(...)</c>. The other log lines are compliant and must stay free of findings. Replies to the
    /// customer are not a log: they go to the customer, who may see their own data.
    /// The line marked <c>// GDPR004</c> lets the refund model decide about the customer with nobody reviewing the decision.
    /// The code fix "Route through human review" holds it (<c>PendingDecision.Hold(...).Outcome</c>): the bot then tells
    /// the customer that a colleague will review the request.
    /// </remarks>
    public sealed class SupportBot
    {
        private readonly ILogger<SupportBot> logger;
        private readonly TextWriter replies;
        private readonly ConversationArchive archive;
        private readonly PredictionEngine<RefundRequest, RefundPrediction> refundModel;
        private readonly OrderBook orders;
        private readonly Handover handover;
        private int nextTicketNumber = 1001;

        public SupportBot(
            ILogger<SupportBot> logger,
            TextWriter replies,
            ConversationArchive archive,
            PredictionEngine<RefundRequest, RefundPrediction> refundModel,
            OrderBook orders,
            Handover handover)
        {
            this.handover = handover;
            this.logger = logger;
            this.replies = replies;
            this.archive = archive;
            this.refundModel = refundModel;
            this.orders = orders;
        }

        /// <summary>Runs one scripted conversation and returns the ticket it opened.</summary>
        public SupportTicket Handle(Conversation conversation)
        {
            replies.WriteLine($"--- {conversation.Title} ---");
            var turns = new Turns(conversation, replies);
            var customer = new Customer();

            Say("Hello, I am the support assistant. What can I help you with?");
            SupportTopic topic = Classify(turns.Next());
            logger.LogInformation("Conversation {Conversation} opened on topic {Topic}", conversation.Title, topic);

            Say("I am sorry to hear that. May I have your full name?");
            customer.Name = turns.Next();
            logger.LogInformation("Conversation started with {CustomerName}", customer.Name); // GDPR001

            Say($"Thank you, {customer.Name}. Which e-mail address should we write to?");
            customer.Email = AskForEmail(turns);
            logger.LogInformation("Confirmation will be sent to {Email}", customer.Email); // GDPR001

            Say("And a phone number we can call you back on?");
            customer.Phone = turns.Next();
            logger.LogInformation($"Customer asked for a call back on {customer.Phone}"); // GDPR001

            Say("Is there anything we should know to call you well, for example a hearing impairment?");
            string needs = turns.Next();
            customer.ContactNeeds = needs.StartsWith("no", StringComparison.OrdinalIgnoreCase) ? "" : needs;

            Say("What is your customer number? It starts with CN-.");
            customer.CustomerNumber = turns.Next();
            Log.Information("Customer number {CustomerNumber} verified", customer.CustomerNumber); // GDPR001
            Log.Information("Customer {Customer} identified", Redact.Pseudonymize(customer.CustomerNumber));

            Say("Which car is it about? Please give me its licence plate.");
            customer.LicencePlate = turns.Next();
            string plate = customer.LicencePlate;
            Log.Information("Looking up vehicle {LicencePlate}", plate); // GDPR001

            Say("Last, where should a replacement part go? Street; postal code; city; country.");
            customer.Address = ParseAddress(turns.Next());
            logger.LogInformation("Service address recorded: {Address}", customer.Address); // GDPR001
            Log.Information("Address on file: {Address}", Redact.Erase(customer.Address));
            Log.Information("Conversation language {Language}", customer.PreferredLanguage);

            var ticket = new SupportTicket($"T-{nextTicketNumber++}", topic, Redact.Pseudonymize(customer.CustomerNumber), DateTimeOffset.UtcNow);
            logger.LogInformation(
                "Ticket {TicketId} opened on topic {Topic} for customer {Customer} after {Turns} turns",
                ticket.Id,
                ticket.Topic,
                ticket.CustomerPseudonym,
                turns.Count);
            Say($"Thank you, {customer.Name}. Ticket {ticket.Id} is open: we will confirm it to {customer.Email} and call you on {customer.Phone} within one working day.");
            LogProfileComplete(ticket, turns.Count, customer);
            replies.WriteLine($"(For the agent: {handover.Summarise(ticket, customer)})");

            Say("Would you also like a refund for your last order? Please answer yes or no.");
            if (turns.Next().StartsWith("y", StringComparison.OrdinalIgnoreCase))
            {
                AnswerRefundRequest(ticket, customer);
            }

            archive.Save(conversation.Title, ticket, customer, turns.Taken);
            handover.EmailTranscript(customer, ticket, turns.Taken);
            return ticket;
        }

        /// <summary>Logs the whole customer profile, destructured by Serilog (<c>{@Customer}</c>).</summary>
        /// <remarks>
        /// A method of its own, with several property values (Serilog's <c>params</c> overload), as first written for
        /// limits of an earlier GDPR001 code fix. The fix now writes <c>Redact.Pseudonymize(customer.ToString())</c>.
        /// </remarks>
        private static void LogProfileComplete(SupportTicket ticket, int turns, Customer customer)
        {
            Log.Information("Profile for ticket {TicketId} on {Topic} complete after {Turns} turns: {@Customer}", ticket.Id, ticket.Topic, turns, customer); // GDPR001
        }

        /// <summary>Decides a refund request for the customer's last order with the refund model, and tells the customer.</summary>
        /// <remarks>
        /// The decision has a significant effect on the customer (GDPR Art. 22): as written, the model alone grants or
        /// refuses the refund (GDPR004). Held for review, reading its outcome throws <see cref="DecisionPendingReviewException"/>
        /// until a person confirms or overrides it: the bot then tells the customer that a colleague will review the
        /// request, and logs that it is held, without personal data.
        /// </remarks>
        private void AnswerRefundRequest(SupportTicket ticket, Customer customer)
        {
            LastOrder? order = orders.Find(customer.CustomerNumber);
            if (order is null)
            {
                Say("I find no order of yours to refund. A colleague will contact you about it.");
                logger.LogInformation("Refund request for ticket {TicketId}: no order found", ticket.Id);
                return;
            }

            var row = new RefundRequest
            {
                CustomerNumber = customer.CustomerNumber,
                OrderTotal = order.Total,
                DaysSinceDelivery = order.DaysSinceDelivery,
                PreviousRefunds = order.PreviousRefunds,
            };
            try
            {
                RefundPrediction decision = refundModel.Predict(row); // GDPR004
                if (decision.Eligible)
                {
                    Say($"Good news: your last order is eligible for a refund of {order.Total.ToString("0.00", CultureInfo.InvariantCulture)}. It reaches your account within five working days.");
                    logger.LogInformation("Refund for ticket {TicketId} granted automatically", ticket.Id);
                }
                else
                {
                    Say("I am sorry: your last order is not eligible for a refund.");
                    logger.LogInformation("Refund for ticket {TicketId} refused automatically", ticket.Id);
                }
            }
            catch (DecisionPendingReviewException)
            {
                Say("A colleague will review your refund request and write to you within two working days.");
                logger.LogInformation("Refund request for ticket {TicketId} held for review by a person", ticket.Id);
            }
        }

        private string AskForEmail(Turns turns)
        {
            while (true)
            {
                string answer = turns.Next();
                int at = answer.IndexOf('@', StringComparison.Ordinal);
                if (at > 0 && at < answer.Length - 1 && answer.IndexOf(' ', StringComparison.Ordinal) < 0)
                {
                    return answer;
                }

                logger.LogWarning("E-mail address rejected at turn {Turn}: it needs one '@' and no spaces", turns.Count);
                Say("That does not look like an e-mail address. Could you type it again, like name@example.com?");
            }
        }

        private static SupportTopic Classify(string problem)
        {
            string text = problem.ToUpperInvariant();
            if (text.Contains("NAVIGATION", StringComparison.Ordinal))
            {
                return SupportTopic.Navigation;
            }

            if (text.Contains("BILL", StringComparison.Ordinal) || text.Contains("INVOICE", StringComparison.Ordinal))
            {
                return SupportTopic.Billing;
            }

            if (text.Contains("CHARG", StringComparison.Ordinal))
            {
                return SupportTopic.Charging;
            }

            return text.Contains("BREAK", StringComparison.Ordinal) ? SupportTopic.Breakdown : SupportTopic.Other;
        }

        private static PostalAddress ParseAddress(string answer)
        {
            string[] parts = answer.Split(';', StringSplitOptions.TrimEntries);
            return parts.Length == 4
                ? new PostalAddress(parts[0], parts[1], parts[2], parts[3])
                : new PostalAddress(answer, "", "", "");
        }

        private void Say(string text) => replies.WriteLine("Bot: " + text);

        /// <summary>The customer's scripted turns; each one taken is echoed to the chat transcript.</summary>
        private sealed class Turns
        {
            private readonly Conversation conversation;
            private readonly TextWriter transcript;
            private readonly Queue<string> remaining;
            private readonly List<string> taken = new();

            public Turns(Conversation conversation, TextWriter transcript)
            {
                this.conversation = conversation;
                this.transcript = transcript;
                remaining = new Queue<string>(conversation.CustomerTurns);
            }

            /// <summary>How many turns the customer has taken.</summary>
            public int Count => taken.Count;

            /// <summary>The turns taken so far, in order.</summary>
            public IReadOnlyList<string> Taken => taken;

            public string Next()
            {
                if (remaining.Count == 0)
                {
                    throw new InvalidDataException($"The script of conversation \"{conversation.Title}\" ends before the bot has what it needs.");
                }

                string turn = remaining.Dequeue();
                taken.Add(turn);
                transcript.WriteLine("Customer: " + turn);
                return turn;
            }
        }
    }
}
