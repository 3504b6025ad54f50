// benchmark: leak GDPR107
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated diagnosis appended to a file in clear by code that declares its purpose, basis and retention period.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Visit
{
    public string Diagnosis { get; set; } = "";
}

[ProcessingPurpose("Follow the patient's treatment up"), LawfulBasis(LawfulBasis.Contract), RetentionPeriod("P10Y")]
public sealed class VisitFile
{
    public void Save(Visit visit) => File.AppendAllText("visits.txt", visit.Diagnosis); // expected
}
