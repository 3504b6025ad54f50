// benchmark: safe GDPR001
// The respondent's name is replaced on both branches of the if/else before the log.
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
        else
        {
            respondent = customer.Plan + " customer";
        }

        logger.LogInformation("Survey answered by {Respondent} with {Rating}", respondent, rating);
    }
}
