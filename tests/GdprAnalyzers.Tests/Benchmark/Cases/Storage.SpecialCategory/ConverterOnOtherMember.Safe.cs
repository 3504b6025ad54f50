// benchmark: safe GDPR014
// The encrypting converter is configured on the diagnosis, in an IEntityTypeConfiguration.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

public sealed class ClinicPatient
{
    public int Id { get; set; }
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Diagnosis { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
}

[Encryption]
public sealed class SealedStringConverter() : ValueConverter<string, string>(v => v, v => v);

public sealed class PatientConfiguration : IEntityTypeConfiguration<ClinicPatient>
{
    public void Configure(EntityTypeBuilder<ClinicPatient> builder) => builder.Property(p => p.Diagnosis).HasConversion<SealedStringConverter>();
}

public sealed class ClinicDb : DbContext
{
    public DbSet<ClinicPatient> Patients => Set<ClinicPatient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new PatientConfiguration());
}
