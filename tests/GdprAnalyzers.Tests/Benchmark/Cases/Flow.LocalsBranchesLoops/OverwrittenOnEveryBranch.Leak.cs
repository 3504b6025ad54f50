// benchmark: leak GDPR001
// The respondent's name is replaced on the anonymous branch only; a named answer logs the name.
using Microsoft.Extensions.Logging;

public sealed class SurveyAnswers
{
    public void Answered(ILogger<SurveyAnswers> logger, Customer customer, bool anonymous, int rating)
    {
        string respondent = customer.FullName;
        if (anonymous)
        {
            respondent = "anonymous";
        }

        logger.LogInformation("Survey answered by {Respondent} with {Rating}", respondent, rating); // expected
    }
}
