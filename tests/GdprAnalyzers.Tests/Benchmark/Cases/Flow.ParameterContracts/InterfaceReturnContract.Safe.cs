// benchmark: safe GDPR001
// The method without the contract is called through the same class.
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
        logger.LogInformation("Ringing region {Region}", book.RegionOf(accountId));
    }
}
