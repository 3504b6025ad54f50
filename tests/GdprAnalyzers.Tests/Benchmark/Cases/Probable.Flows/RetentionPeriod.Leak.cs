// benchmark: leak GDPR106
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated phone number appended to a file by code that declares a purpose and a basis, but no retention period.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Callback
{
    public string PhoneNumber { get; set; } = "";
}

[ProcessingPurpose("Call the customer back"), LawfulBasis(LawfulBasis.Contract)]
public sealed class CallbackFile
{
    public void Save(Callback callback) => File.AppendAllText("callbacks.txt", callback.PhoneNumber); // expected
}
