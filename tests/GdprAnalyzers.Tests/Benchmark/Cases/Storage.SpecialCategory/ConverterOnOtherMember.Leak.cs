// benchmark: leak GDPR014
// The encrypting converter is configured on the e-mail address, not on the diagnosis.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

public sealed class ClinicPatient
{
    public int Id { get; set; }
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Diagnosis { get; set; } = ""; // expected
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
}

[Encryption]
public sealed class SealedStringConverter() : ValueConverter<string, string>(v => v, v => v);

public sealed class ClinicDb : DbContext
{
    public DbSet<ClinicPatient> Patients => Set<ClinicPatient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ClinicPatient>().Property(p => p.Email).HasConversion(new SealedStringConverter());
}
