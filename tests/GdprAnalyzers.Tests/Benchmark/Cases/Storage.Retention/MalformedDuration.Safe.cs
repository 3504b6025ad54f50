// benchmark: safe GDPR013
// The storing method states the period as an ISO 8601 duration.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Callback
{
    [PersonalData] public string Phone { get; set; } = "";
}

[ProcessingPurpose("Call the customer back"), LawfulBasis(LawfulBasis.Contract)]
public sealed class CallbackFile
{
    [RetentionPeriod("P30D", Criteria = "after the call back")]
    public void Save(Callback callback) => File.AppendAllText("callbacks.txt", callback.Phone);
}
