// benchmark: leak GDPR001
// A [LoggerMessage] parameter without a data classification: nothing redacts it at run time.
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

public sealed class PrivateDataAttribute : DataClassificationAttribute
{
    public PrivateDataAttribute() : base(new DataClassification("Shop", "Private")) { }
}

public static partial class AccountLog
{
    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Password reset for {Name}")]
    public static partial void PasswordReset(ILogger logger, string name);
}

// Stands in for the part the logging source generator emits: the benchmark runs no generator.
public static partial class AccountLog
{
    public static partial void PasswordReset(ILogger logger, string name)
    {
    }
}

public sealed class Passwords
{
    public void Reset(ILogger logger, Customer customer)
    {
        AccountLog.PasswordReset(logger, customer.FullName); // expected
    }
}
