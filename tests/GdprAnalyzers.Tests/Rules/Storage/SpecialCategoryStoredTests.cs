using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.SpecialCategoryStoredAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR014: special-category personal data stored in clear; protected by an encrypting EF Core value
    /// converter, data protection or a method marked [Encryption].</summary>
    public sealed class SpecialCategoryStoredTests
    {
        /// <summary>An entity with a special-category member (marked 0 where it is expected) and a contact member, its
        /// context, and <paramref name="configuration"/> in <c>OnModelCreating</c>.</summary>
        private static string Clinic(string configuration, string extra = "") => $$"""
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            public sealed class Patient
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataCategory.SpecialCategory)] public string {|#0:Diagnosis|} { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            }

            public sealed class ClinicDb : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    {{configuration}}
                }
            }

            [Encryption]
            public sealed class EncryptedStringConverter : ValueConverter<string, string>
            {
                public EncryptedStringConverter()
                    : base(v => Cipher.Encrypt(v), v => Cipher.Decrypt(v))
                {
                }
            }

            public sealed class Base64Converter : ValueConverter<string, string>
            {
                public Base64Converter()
                    : base(v => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(v)), v => v)
                {
                }
            }

            public static class Cipher
            {
                [Encryption] public static string Encrypt(string value) => value;
                public static string Decrypt(string value) => value;
            }
            {{extra}}
            """;

        private static string Unmarked(string source) => source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty);

        private static DiagnosticResult Stored(int location, string name, string store) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(name, store);

        private static Task RunAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task EntityMember_NoConversion_ReportedAtDeclarationOnce_ContactMemberNot()
        {
            await RunAsync(Clinic(string.Empty), Stored(0, "Patient.Diagnosis", "ClinicDb.Patients"));
        }

        [Theory]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(new EncryptedStringConverter());")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion<EncryptedStringConverter>();")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(typeof(EncryptedStringConverter));")]
        [InlineData("modelBuilder.Entity<Patient>(b => b.Property(p => p.Diagnosis).HasConversion(new EncryptedStringConverter()));")]
        [InlineData("modelBuilder.Entity<Patient>().Property<string>(\"Diagnosis\").HasConversion(new EncryptedStringConverter());")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(v => Cipher.Encrypt(v), v => Cipher.Decrypt(v));")]
        public async Task EntityMember_EncryptingConversion_NoDiagnostic(string configuration)
        {
            await RunAsync(Unmarked(Clinic(configuration)));
        }

        [Theory]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(new Base64Converter());")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(v => v.ToUpperInvariant(), v => v);")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Email).HasConversion(new EncryptedStringConverter());")]
        public async Task EntityMember_ConversionThatDoesNotEncryptIt_Reported(string configuration)
        {
            await RunAsync(Clinic(configuration), Stored(0, "Patient.Diagnosis", "ClinicDb.Patients"));
        }

        [Fact]
        public async Task EntityMember_EncryptingConversionInEntityTypeConfiguration_NoDiagnostic()
        {
            string configurationClass = """

                public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
                {
                    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Patient> builder) =>
                        builder.Property(p => p.Diagnosis).HasConversion(new EncryptedStringConverter());
                }
                """;

            await RunAsync(Unmarked(Clinic("modelBuilder.ApplyConfiguration(new PatientConfiguration());", configurationClass)));
        }

        [Fact]
        public async Task IdentityProtectedPersonalData_NotASpecialCategory_NoDiagnostic()
        {
            string source = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

                public sealed class ClinicUser : IdentityUser
                {
                    [ProtectedPersonalData] public string? NationalNumber { get; set; }
                }

                public sealed class AppDb : IdentityDbContext<ClinicUser>
                {
                }
                """;

            await RunAsync(source);
        }

        [Fact]
        public async Task FileWrite_InClear_ReportedAtValue_ProtectedOrEncryptedNot()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.DataProtection;

                public sealed class HealthNote
                {
                    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Text { get; set; } = "";
                }

                public sealed class NoteFile(IDataProtector protector)
                {
                    public void Save(HealthNote note) => File.AppendAllText("notes.txt", {|#0:note.Text|});

                    public void SaveProtected(HealthNote note) => File.AppendAllText("notes.txt", protector.Protect(note.Text));

                    public void SaveEncrypted(HealthNote note) => File.AppendAllText("notes.txt", Seal(note.Text));

                    [Encryption]
                    private static string Seal(string text) => text;
                }
                """;

            await RunAsync(source, Stored(0, "HealthNote.Text", "File.AppendAllText"));
        }

        [Fact]
        public async Task TypeMarkedAsAWhole_SerialisedIntoACache_ReportedAtValue()
        {
            string source = """
                using System.Text.Json;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Caching.Distributed;

                [PersonalData(PersonalDataCategory.SpecialCategory)]
                public sealed class BiometricTemplate
                {
                    public byte[] Minutiae { get; set; } = System.Array.Empty<byte>();
                }

                public sealed class TemplateCache(IDistributedCache cache)
                {
                    public void Keep(string key, BiometricTemplate template) => cache.SetString(key, {|#0:JsonSerializer.Serialize(template)|});
                }
                """;

            await RunAsync(source, Stored(0, "JsonSerializer.Serialize()", "IDistributedCache.SetString"));
        }

        [Fact]
        public async Task EntityMemberNotMarked_GivenSpecialCategoryData_ReportedAtAssignment_EncryptedMemberNot()
        {
            string extra = """

                public sealed class Referral
                {
                    public int Id { get; set; }
                    public string Reason { get; set; } = "";
                    public string SealedReason { get; set; } = "";
                }

                public sealed class ReferralDb : DbContext
                {
                    public DbSet<Referral> Referrals => Set<Referral>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                        modelBuilder.Entity<Referral>().Property(r => r.SealedReason).HasConversion(new EncryptedStringConverter());

                    public void Refer(Patient patient)
                    {
                        Referrals.Add(new Referral { Reason = {|#1:patient.Diagnosis|}, SealedReason = patient.Diagnosis });
                    }
                }
                """;

            await RunAsync(
                Clinic(string.Empty, extra),
                Stored(0, "Patient.Diagnosis", "ClinicDb.Patients"),
                Stored(1, "Patient.Diagnosis", "ReferralDb.Referrals"));
        }

        [Fact]
        public async Task NavigationToAnEntityWithSpecialCategoryData_NotReportedAtTheAssignment_TheMemberIs()
        {
            // EF Core stores a key in the dependent's table for a navigation; the patient's diagnosis stays in its own table,
            // where it is reported once (the sample's messages point at their customer the same way).
            string extra = """

                public sealed class Appointment
                {
                    public int Id { get; set; }
                    public int PatientId { get; set; }
                    public Patient? Patient { get; set; }
                    public System.Collections.Generic.List<Patient> Companions { get; set; } = new();
                }

                public sealed class VisitsDb : DbContext
                {
                    public DbSet<Appointment> Appointments => Set<Appointment>();
                    public DbSet<Patient> Patients => Set<Patient>();

                    public void Book(Patient patient)
                    {
                        Appointments.Add(new Appointment { Patient = patient, Companions = new() { patient } });
                    }
                }
                """;

            await RunAsync(Clinic(string.Empty, extra), Stored(0, "Patient.Diagnosis", "ClinicDb.Patients"));
        }

        [Fact]
        public async Task ModelsFileEncryptionLine_EndsTheFlow()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using GdprAnalyzers.Annotations;

                    public static class Vault
                    {
                        public static string Seal(string text) => text;
                    }

                    public sealed class Store
                    {
                        public void Keep([PersonalData(PersonalDataCategory.SpecialCategory)] string religion) => System.IO.File.WriteAllText("r.txt", Vault.Seal(religion));
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", "encryption M:Vault.Seal(System.String)\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            string source = "// <auto-generated/>\n" + Unmarked(Clinic(string.Empty));
            await RunAsync(source);
        }
    }
}
