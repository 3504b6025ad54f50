// benchmark: safe GDPR003
// The same method declares a lawful basis too.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class CallLog
{
    [ProcessingPurpose("Keep a record of support calls")]
    [LawfulBasis(LawfulBasis.LegitimateInterests)]
    public void Append(string path, Customer customer)
    {
        File.AppendAllLines(path, new[] { customer.FullName, customer.Phone ?? "" });
    }
}
