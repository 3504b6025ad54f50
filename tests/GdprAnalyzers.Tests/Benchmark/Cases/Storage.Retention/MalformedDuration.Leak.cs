// benchmark: leak GDPR013
// "30 days" is not an ISO 8601 duration: the period is reported as malformed at the stored value.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Callback
{
    [PersonalData] public string Phone { get; set; } = "";
}

[ProcessingPurpose("Call the customer back"), LawfulBasis(LawfulBasis.Contract)]
public sealed class CallbackFile
{
    [RetentionPeriod("30 days")]
    public void Save(Callback callback) => File.AppendAllText("callbacks.txt", callback.Phone); // expected
}
