// benchmark: safe GDPR014
// The diagnosis goes through a value converter marked [Encryption], configured in OnModelCreating.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

public sealed class ClinicPatient
{
    public int Id { get; set; }
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Diagnosis { get; set; } = "";
}

[Encryption]
public sealed class SealedStringConverter : ValueConverter<string, string>
{
    public SealedStringConverter()
        : base(v => Seal(v), v => Open(v))
    {
    }

    private static string Seal(string value) => value;

    private static string Open(string value) => value;
}

public sealed class ClinicDb : DbContext
{
    public DbSet<ClinicPatient> Patients => Set<ClinicPatient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ClinicPatient>().Property(p => p.Diagnosis).HasConversion(new SealedStringConverter());
}
