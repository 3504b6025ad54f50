// benchmark: safe GDPR001
// The Requester setter logs that the requester changed, not the value; the chatbot assigns the customer's e-mail.
using Microsoft.Extensions.Logging;

public sealed class SupportTicket
{
    private readonly ILogger logger;
    private string requester = "";

    public SupportTicket(ILogger logger, int number)
    {
        this.logger = logger;
        Number = number;
    }

    public int Number { get; }

    public string Requester
    {
        get => requester;
        set
        {
            requester = value;
                logger.LogInformation("Ticket {Number}: requester set", Number);
        }
    }
}

public sealed class SupportBot
{
    private readonly ILogger<SupportBot> logger;
    private int next = 1000;

    public SupportBot(ILogger<SupportBot> logger) => this.logger = logger;

    public SupportTicket Escalate(Customer customer, string question)
    {
        var ticket = new SupportTicket(logger, next++);
        ticket.Requester = customer.Email;
        logger.LogInformation("Escalated a question of {Length} characters", question.Length);
        return ticket;
    }
}
