// benchmark: leak GDPR003
// File.AppendAllLines with a purpose but no lawful basis.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class CallLog
{
    [ProcessingPurpose("Keep a record of support calls")]
    public void Append(string path, Customer customer)
    {
        File.AppendAllLines(path, new[] { customer.FullName, customer.Phone ?? "" }); // expected
    }
}
