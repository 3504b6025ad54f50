// benchmark: safe GDPR001
// The field is overwritten with a constant on every path before the log.
using Microsoft.Extensions.Logging;

public sealed class Survey
{
    private readonly ILogger logger;
    private string respondent = "";

    public Survey(ILogger logger) => this.logger = logger;

    public void Answered(Customer customer, bool anonymous)
    {
        this.respondent = customer.FullName;
        this.respondent = "anonymous";

        logger.LogInformation("Survey answered by {Respondent}", this.respondent);
    }
}
