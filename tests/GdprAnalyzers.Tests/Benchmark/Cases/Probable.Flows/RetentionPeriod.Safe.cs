// benchmark: safe GDPR106
// option: gdpr.probable_personal_data_in_flows = true
// The storing class declares how long the call-back list is kept.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Callback
{
    public string PhoneNumber { get; set; } = "";
}

[ProcessingPurpose("Call the customer back"), LawfulBasis(LawfulBasis.Contract), RetentionPeriod("P30D")]
public sealed class CallbackFile
{
    public void Save(Callback callback) => File.AppendAllText("callbacks.txt", callback.PhoneNumber);
}
