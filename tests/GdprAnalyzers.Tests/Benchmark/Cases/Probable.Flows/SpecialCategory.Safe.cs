// benchmark: safe GDPR107
// option: gdpr.probable_personal_data_in_flows = true
// The diagnosis is encrypted by a method marked [Encryption] before it is written.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Visit
{
    public string Diagnosis { get; set; } = "";
}

[ProcessingPurpose("Follow the patient's treatment up"), LawfulBasis(LawfulBasis.Contract), RetentionPeriod("P10Y")]
public sealed class VisitFile
{
    public void Save(Visit visit) => File.AppendAllText("visits.txt", Vault.Seal(visit.Diagnosis));
}

public static class Vault
{
    [Encryption]
    public static string Seal(string text) => text;
}
