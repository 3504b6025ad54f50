using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ProbableSpecialCategoryStoredAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using VerifyMarked = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.SpecialCategoryStoredAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR107: probable special-category personal data (found by name) stored in clear, only with the opt-in
    /// option; data marked a special category is GDPR014's, data marked another category is not a special category.</summary>
    public sealed class ProbableSpecialCategoryStoredTests
    {
        private const string Option = "gdpr.probable_personal_data_in_flows = true";

        /// <summary>An entity whose <c>Diagnosis</c> is declared with <paramref name="annotation"/> (marked 0 where it is
        /// expected), a context configured with <paramref name="configuration"/>, and a file store of a medical notes
        /// parameter (marked 1).</summary>
        private static string Clinic(string annotation = "", string configuration = "") => $$"""
            using System.IO;
            using GdprAnalyzers.Annotations;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            public sealed class Patient
            {
                public int Id { get; set; }
                {{annotation}}public string {|#0:Diagnosis|} { get; set; } = "";
                public string Remarks { get; set; } = "";
            }

            public sealed class ClinicDb : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    {{configuration}}
                }
            }

            public sealed class NoteFile(IDataProtector protector)
            {
                public void Save(string medicalNotes) => File.AppendAllText("notes.txt", {|#1:medicalNotes|});

                public void SaveProtected(string medicalNotes) => File.AppendAllText("notes.txt", protector.Protect(medicalNotes));

                public void SaveEncrypted(string medicalNotes) => File.AppendAllText("notes.txt", Cipher.Encrypt(medicalNotes));

                public void SavePlan(string treatmentPlanId) => File.AppendAllText("notes.txt", treatmentPlanId);
            }

            [Encryption]
            public sealed class EncryptedStringConverter : ValueConverter<string, string>
            {
                public EncryptedStringConverter()
                    : base(v => Cipher.Encrypt(v), v => Cipher.Decrypt(v))
                {
                }
            }

            public static class Cipher
            {
                [Encryption] public static string Encrypt(string value) => value;
                public static string Decrypt(string value) => value;
            }
            """;

        private static string Unmarked(string source, string location = "0") =>
            source.Replace("{|#" + location + ":", string.Empty).Replace(location == "0" ? "Diagnosis|}" : "medicalNotes|}", location == "0" ? "Diagnosis" : "medicalNotes");

        private static Verify.Test Test(string source, bool optionOn = true)
        {
            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            if (optionOn)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig(Option)));
            }

            return test;
        }

        [Fact]
        public async Task OptionOn_UnmarkedHealthData_ReportedAtEntityMemberAndStoredValue_ProtectedNot()
        {
            var test = Test(Clinic());
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Patient.Diagnosis", "ClinicDb.Patients"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("medicalNotes", "File.AppendAllText"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOff_NothingReported()
        {
            await Test(Unmarked(Unmarked(Clinic()), "1"), optionOn: false).RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOn_MarkedSpecialCategory_ReportedOnlyByGdpr014()
        {
            string source = Clinic("[PersonalData(PersonalDataCategory.SpecialCategory)] ");
            var probable = Test(Unmarked(source));
            probable.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("medicalNotes", "File.AppendAllText"));
            await probable.RunAsync(CancellationToken.None);

            var marked = new VerifyMarked.Test { TestCode = Unmarked(source, "1"), ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            marked.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig(Option)));
            marked.ExpectedDiagnostics.Add(VerifyMarked.Diagnostic().WithLocation(0).WithArguments("Patient.Diagnosis", "ClinicDb.Patients"));
            await marked.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOn_MarkedAnotherCategory_NotASpecialCategory()
        {
            var test = Test(Unmarked(Clinic("[PersonalData(PersonalDataCategory.Identity)] ")));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("medicalNotes", "File.AppendAllText"));
            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(new EncryptedStringConverter());")]
        [InlineData("modelBuilder.Entity<Patient>().Property(p => p.Diagnosis).HasConversion(v => Cipher.Encrypt(v), v => Cipher.Decrypt(v));")]
        public async Task OptionOn_EncryptingConversion_EntityMemberNotReported(string configuration)
        {
            var test = Test(Unmarked(Clinic(configuration: configuration)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("medicalNotes", "File.AppendAllText"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOn_UnmarkedValueIntoAnotherEntityMember_ReportedAtAssignment_MarkedOrEncryptedMemberNot()
        {
            string source = Clinic("[PersonalData(PersonalDataCategory.SpecialCategory)] ", "modelBuilder.Entity<Patient>().Property(p => p.Remarks).HasConversion(new EncryptedStringConverter());") + """

                public sealed class Intake(ClinicDb db)
                {
                    public void Admit(string symptoms)
                    {
                        db.Patients.Add(new Patient { Diagnosis = symptoms, Remarks = symptoms });
                        db.Add(new Referral { Reason = {|#2:symptoms|} });
                    }
                }

                public sealed class Referral
                {
                    public int Id { get; set; }
                    public string Reason { get; set; } = "";
                }

                public sealed class ReferralDb : DbContext
                {
                    public DbSet<Referral> Referrals => Set<Referral>();
                }
                """;
            var test = Test(Unmarked(source));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("medicalNotes", "File.AppendAllText"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("symptoms", "ReferralDb.Referrals"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOn_TestProject_NothingReported()
        {
            var test = Test(Unmarked(Unmarked(Clinic()), "1"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task OptionOn_GeneratedCode_NothingReported()
        {
            await Test("// <auto-generated/>\n" + Unmarked(Unmarked(Clinic()), "1")).RunAsync(CancellationToken.None);
        }
    }
}
