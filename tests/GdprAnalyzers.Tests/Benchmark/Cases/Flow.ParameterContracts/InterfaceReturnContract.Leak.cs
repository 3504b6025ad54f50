// benchmark: leak GDPR001
// The interface declares [return: PersonalData]; the call goes through the implementing class.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public interface IPhoneBook
{
    [return: PersonalData]
    string NumberOf(int accountId);

    string RegionOf(int accountId);
}

public sealed class PhoneBook : IPhoneBook
{
    public string NumberOf(int accountId) => "+33 1 23 45 67 89";

    public string RegionOf(int accountId) => "FR";
}

public sealed class Support
{
    public void Ring(ILogger logger, PhoneBook book, int accountId)
    {
        logger.LogInformation("Ringing {Number}", book.NumberOf(accountId)); // expected
    }
}
