// benchmark: leak GDPR014
// A diagnosis kept in an EF Core entity with no conversion: stored in clear.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class ClinicPatient
{
    public int Id { get; set; }
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Diagnosis { get; set; } = ""; // expected
}

public sealed class ClinicDb : DbContext
{
    public DbSet<ClinicPatient> Patients => Set<ClinicPatient>();
}
