// benchmark: leak GDPR001
// The field is anonymised on one branch only.
using Microsoft.Extensions.Logging;

public sealed class Survey
{
    private readonly ILogger logger;
    private string respondent = "";

    public Survey(ILogger logger) => this.logger = logger;

    public void Answered(Customer customer, bool anonymous)
    {
        this.respondent = customer.FullName;
        if (anonymous)
        {
            this.respondent = "anonymous";
        }

        logger.LogInformation("Survey answered by {Respondent}", this.respondent); // expected
    }
}
