using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// GdprAnalyzers as a user gets it: the packed packages (the annotations, and the analyzers private to the project),
    /// referenced by a copy of samples/SupportChatbot, built, fixed with <c>dotnet format</c>, declared and routed through
    /// human review by a person, and run. The steps depend on each other (each changes the copy), so they run in order
    /// inside one test; the packages and the copy come from <see cref="PackedPackagesFixture"/>.
    /// </summary>
    /// <remarks>
    /// The sample marks each line where it must get a finding with a comment at the line's end naming the rules, e.g.
    /// <c>// GDPR001</c> or <c>// GDPR002 GDPR003</c>. GDPR001 (personal data logged) has a fix that <c>dotnet format</c>
    /// applies; GDPR002 and GDPR003 (personal data stored without a declared purpose or lawful basis), GDPR004 (personal
    /// data in an automated decision without human review) and GDPR011 (personal data sent to a recipient nobody
    /// declared) have fixes that only a person applies, because the purpose, the basis, how decisions are reviewed and who
    /// receives the data are the controller's choice or knowledge.
    /// </remarks>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class SupportChatbotEndToEndTests
    {
        private const string Logged = "GDPR001";
        private const string WithoutPurpose = "GDPR002";
        private const string WithoutLawfulBasis = "GDPR003";
        private const string Unreviewed = "GDPR004";
        private const string Sent = "GDPR011";
        private const string Unprotected = "GDPR014";
        private const string ErasureMisses = "GDPR016";

        /// <summary>What a person writes to protect the customer's contact needs (health data, GDPR014) and to complete the
        /// erasure handler (GDPR016), step 9d: (file, line after which it goes, the lines).</summary>
        private static readonly (string File, string After, string Lines)[] Protections =
        {
            (
                "SupportDb.cs",
                "        protected override void OnModelCreating(ModelBuilder modelBuilder)\n        {\n",
                "            // Health data (GDPR Art. 9) is stored encrypted.\n"
                + "            modelBuilder.Entity<Customer>().Property(customer => customer.ContactNeeds).HasConversion(new EncryptedTextConverter());\n"
            ),
            (
                "ConversationArchive.cs",
                "            database.Customers.RemoveRange(customers);\n",
                "            List<string> phones = customers.Select(customer => customer.Phone).ToList();\n"
                + "            database.Callbacks.RemoveRange(database.Callbacks.Where(callback => phones.Contains(callback.Phone)));\n"
            ),
        };

        /// <summary>The recipients a person declares on the sample's two clients (step 9c): what GDPR011 asks, with the
        /// country and role a data-protection officer would read in the record of processing.</summary>
        private static readonly (string Field, string Declaration)[] Recipients =
        {
            ("        private readonly IChatClient summaries;", "        [Recipient(\"Contoso AI (language model)\", Role = RecipientRole.Processor, Country = \"IE\")]"),
            ("        private readonly SmtpClient mail;", "        [Recipient(\"Contoso Mail (SMTP relay)\", Role = RecipientRole.Processor, Country = \"DE\")]"),
        };

        /// <summary>What the bot replies when the refund model has decided (granted or refused).</summary>
        private const string DecidedReply = "eligible for a refund";

        /// <summary>What the bot replies when the refund decision is held for a person's review.</summary>
        private const string HeldReply = "A colleague will review your refund request";

        /// <summary>What the program logs for a held refund decision.</summary>
        private const string HeldLog = "held for review by a person";

        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

        /// <summary>The comment that marks a line where the sample must get findings: <c>// GDPR001</c>,
        /// <c>// GDPR002 GDPR003</c>, at the end of the line.</summary>
        private static readonly Regex FindingMarker = new(@"//(?<ids>(\s+GDPR\d{3})+)\s*$", RegexOptions.CultureInvariant);

        /// <summary>The subject and the store that a GDPR002 or GDPR003 message names.</summary>
        private static readonly Regex StoredMessage = new(@"^'(?<subject>[^']+)' is personal data stored in '(?<store>[^']+)'", RegexOptions.CultureInvariant);

        /// <summary>What the program logs at the end about the decisions <c>PendingDecision.OnHold</c> queued.</summary>
        private static readonly Regex AwaitingReview = new(@"(?<pending>\d+) automated decisions await review by a person", RegexOptions.CultureInvariant);

        /// <summary>What the program logs for a refund the model decided alone.</summary>
        private static readonly Regex DecidedLog = new(@"Refund for ticket \S+ (granted|refused) automatically", RegexOptions.CultureInvariant);

        /// <summary>The count line the program logs after reading its database back.</summary>
        private static readonly Regex StoredCounts = new(
            @"The support database holds (?<customers>\d+) customers, (?<messages>\d+) messages and (?<callbacks>\d+) call backs",
            RegexOptions.CultureInvariant);

        private static readonly Regex EmailAddress = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant);

        private static readonly Regex PhoneNumber = new(@"^\+[0-9][0-9 ]{6,}[0-9]$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private readonly PackedPackagesFixture fixture;
        private readonly ITestOutputHelper output;

        public SupportChatbotEndToEndTests(PackedPackagesFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public async Task Sample_WithPackedPackages_ReportsFixesDeclaresAndStopsLeaks()
        {
            output.WriteLine(fixture.Log);
            Stopwatch total = Stopwatch.StartNew();
            try
            {
                await RunAllSteps();
            }
            finally
            {
                output.WriteLine($"Steps: {total.Elapsed.TotalSeconds:F1} s in all (packing not included).");
            }
        }

        private async Task RunAllSteps()
        {
            string project = PackedPackagesFixture.SampleProjectFile;
            SortedSet<string> expected = MarkedFindings();
            SortedSet<string> expectedLogged = OfRules(expected, Logged);
            SortedSet<string> expectedStored = OfRules(expected, WithoutPurpose, WithoutLawfulBasis);
            SortedSet<string> expectedDecisions = OfRules(expected, Unreviewed);
            Assert.True(expectedLogged.Count >= 5, $"The sample marks only {expectedLogged.Count} lines with '// {Logged}'.");
            Assert.True(
                OfRules(expected, WithoutPurpose).Count >= 2 && OfRules(expected, WithoutLawfulBasis).Count >= 3,
                "The sample marks too few GDPR002/GDPR003 lines:" + Environment.NewLine + string.Join(Environment.NewLine, expectedStored));
            Assert.True(expectedDecisions.Count >= 1, $"The sample marks no line with '// {Unreviewed}'.");
            Assert.True(OfRules(expected, Sent).Count >= 2, $"The sample marks fewer than two lines with '// {Sent}'.");
            Assert.True(OfRules(expected, Unprotected).Count >= 1 && OfRules(expected, ErasureMisses).Count >= 1, $"The sample marks no '// {Unprotected}' or no '// {ErasureMisses}' line.");
            (IReadOnlyList<string> emails, IReadOnlyList<string> phones) = PersonalDataInScript();

            // Step 2: the build reports each rule exactly on the lines marked for it, as warnings, and passes. It restores
            // the copy; the later steps do not change its project files, so they skip restoring (--no-restore).
            ProcessResult build = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "-nologo");
            Assert.True(build.ExitCode == 0, "The sample did not build against the package:" + Environment.NewLine + build.Describe());
            List<Finding> findings = Findings(build);
            Assert.True(findings.All(finding => finding.Severity == "warning"), build.Describe());
            AssertFindingsAt(expected, findings, build);

            // Step 6, first half: the program as written leaks e-mail addresses and phone numbers into its log. It stores
            // them in its database and transcript, at the defaults: next to the log file.
            ProgramRun unfixed = await RunProgram("unfixed", explicitStores: false);
            foreach (string value in emails.Concat(phones))
            {
                Assert.True(unfixed.Log.Contains(value, StringComparison.Ordinal), $"The unfixed program's log lacks '{value}':{Environment.NewLine}{unfixed.Log}");
            }

            // ... and its refund model decides alone: it grants or refuses each refund asked for, and holds nothing.
            int decided = Occurrences(unfixed.Transcript, DecidedReply);
            Assert.True(decided >= 2, $"The unfixed program decided {decided} refunds; the script asks for more:{Environment.NewLine}{unfixed.Transcript}");
            Assert.Equal(decided, DecidedLog.Matches(unfixed.Log).Count);
            Assert.DoesNotContain(HeldReply, unfixed.Transcript, StringComparison.Ordinal);
            Assert.Equal("0", AwaitingReview.Match(unfixed.Log).Groups["pending"].Value);

            // Step 3: with warnings as errors, the findings fail the build; GDPR001 is among the errors, on its lines.
            ProcessResult strictUnfixed = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "--no-restore", "-nologo", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictUnfixed.ExitCode != 0, "The warnings-as-errors build passed despite the findings:" + Environment.NewLine + strictUnfixed.Describe());
            List<Finding> strictFindings = Findings(strictUnfixed);
            Assert.True(strictFindings.All(finding => finding.Severity == "error"), strictUnfixed.Describe());
            AssertFindingsAt(expected, strictFindings, strictUnfixed);

            // Step 4: dotnet format sees GDPR001 fixes to make.
            string[] formatLogged = { "format", "analyzers", project, "--no-restore", "--diagnostics", Logged, "--severity", "warn" };
            ProcessResult verifyUnfixed = await Dotnet(BuildTimeout, formatLogged.Append("--verify-no-changes").ToArray());
            Assert.True(verifyUnfixed.ExitCode != 0, "dotnet format --verify-no-changes found nothing to fix:" + Environment.NewLine + verifyUnfixed.Describe());

            // Step 5: dotnet format fixes every GDPR001 site; then there is no GDPR001 fix left to make.
            ProcessResult fix = await Dotnet(BuildTimeout, formatLogged);
            Assert.True(fix.ExitCode == 0, "dotnet format failed:" + Environment.NewLine + fix.Describe());
            foreach (string position in expectedLogged.Select(PositionOf))
            {
                string line = LineAt(position);
                Assert.True(line.Contains("Redact.Pseudonymize(", StringComparison.Ordinal), $"{position} was not fixed: {line.Trim()}{Environment.NewLine}{fix.Describe()}");
            }

            ProcessResult verifyFixed = await Dotnet(BuildTimeout, formatLogged.Append("--verify-no-changes").ToArray());
            Assert.True(verifyFixed.ExitCode == 0, "dotnet format still finds GDPR001 fixes to make after fixing:" + Environment.NewLine + verifyFixed.Describe());

            // Step 7: GDPR001 is gone from the build; GDPR002, GDPR003, GDPR004 and GDPR011 remain, exactly on their marked lines
            // (read again: a fix that added a line would move them), and still fail the warnings-as-errors build.
            SortedSet<string> expectedRemaining = OfRules(MarkedFindings(), WithoutPurpose, WithoutLawfulBasis, Unreviewed, Sent, Unprotected, ErasureMisses);
            ProcessResult strictLogFixed = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "--no-restore", "-nologo", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictLogFixed.ExitCode != 0, "The warnings-as-errors build passed with GDPR002/GDPR003 undeclared and GDPR004 unreviewed:" + Environment.NewLine + strictLogFixed.Describe());
            List<Finding> remainingFindings = Findings(strictLogFixed);
            Assert.True(remainingFindings.All(finding => finding.Severity == "error"), strictLogFixed.Describe());
            AssertFindingsAt(expectedRemaining, remainingFindings, strictLogFixed);
            List<Finding> storedFindings = remainingFindings.Where(finding => finding.RuleId is WithoutPurpose or WithoutLawfulBasis).ToList();

            // Step 8: the GDPR002/GDPR003 fixes are a person's choice. Their Fix All stops at project scope, so dotnet format
            // (solution scope) applies none of them: the sources stay as they were, and verifying still fails.
            Dictionary<string, string> beforeFormat = SourceTexts();
            string[] formatStored = { "format", "analyzers", project, "--no-restore", "--diagnostics", WithoutPurpose, WithoutLawfulBasis, Sent, Unprotected, ErasureMisses, "--severity", "warn" };
            ProcessResult formatDeclarations = await Dotnet(BuildTimeout, formatStored);
            Assert.True(formatDeclarations.ExitCode == 0, "dotnet format failed:" + Environment.NewLine + formatDeclarations.Describe());
            output.WriteLine(string.Join(
                Environment.NewLine,
                formatDeclarations.AllOutput.Split('\n').Where(line => line.Contains("Fix All", StringComparison.OrdinalIgnoreCase) || line.Contains("GDPR00", StringComparison.Ordinal)).Select(line => "  " + line.Trim())));
            AssertUnchanged(beforeFormat, "GDPR002/GDPR003/GDPR011, which only a person may declare, and GDPR014/GDPR016, which have no fix", formatDeclarations);
            ProcessResult verifyDeclarations = await Dotnet(BuildTimeout, formatStored.Append("--verify-no-changes").ToArray());
            Assert.True(verifyDeclarations.ExitCode != 0, "dotnet format --verify-no-changes passed with GDPR002/GDPR003 undeclared:" + Environment.NewLine + verifyDeclarations.Describe());

            // Step 8b: so is how an automated decision is reviewed. GDPR004's Fix All stops at project scope too: dotnet
            // format leaves the decisions as they are, and verifying still fails.
            string[] formatDecisions = { "format", "analyzers", project, "--no-restore", "--diagnostics", Unreviewed, "--severity", "warn" };
            ProcessResult formatRoute = await Dotnet(BuildTimeout, formatDecisions);
            Assert.True(formatRoute.ExitCode == 0, "dotnet format failed:" + Environment.NewLine + formatRoute.Describe());
            output.WriteLine(string.Join(
                Environment.NewLine,
                formatRoute.AllOutput.Split('\n').Where(line => line.Contains("Fix All", StringComparison.OrdinalIgnoreCase) || line.Contains("GDPR00", StringComparison.Ordinal)).Select(line => "  " + line.Trim())));
            AssertUnchanged(beforeFormat, "GDPR004, which only a person may route through review", formatRoute);
            ProcessResult verifyRoute = await Dotnet(BuildTimeout, formatDecisions.Append("--verify-no-changes").ToArray());
            Assert.True(verifyRoute.ExitCode != 0, "dotnet format --verify-no-changes passed with GDPR004 unreviewed:" + Environment.NewLine + verifyRoute.Describe());

            // Step 9: a person declares the purposes and bases, choosing for each finding in the IDE (PersonDeclarations
            // stands for that person: it adds the attributes the fixes add, at the first place they offer, with the values
            // written down there).
            var stored = new List<PersonDeclarations.StoredFinding>();
            foreach (Finding finding in storedFindings)
            {
                Match message = StoredMessage.Match(finding.Message);
                Assert.True(message.Success, $"Unexpected {finding.RuleId} message: {finding.Message}");
                int colon = finding.Position.LastIndexOf(':');
                stored.Add(new PersonDeclarations.StoredFinding(
                    finding.RuleId,
                    finding.Position.Substring(0, colon),
                    int.Parse(finding.Position.Substring(colon + 1), CultureInfo.InvariantCulture),
                    int.Parse(finding.Column, CultureInfo.InvariantCulture),
                    message.Groups["subject"].Value,
                    message.Groups["store"].Value));
            }

            IReadOnlyList<string> declared = PersonDeclarations.Declare(fixture.SampleFolder, stored);
            output.WriteLine("Declared, as a person would:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", declared));
            fixture.Record($"Declared {declared.Count} purposes and bases.");

            // Step 9b: the person routes each automated decision through human review, with GDPR004's code fix in the IDE
            // (here: the code-fix API, in a workspace with the build's references; see PersonRoutesDecisions).
            await RouteDecisionsThroughReview();

            // Step 9c: the person declares who receives what the two clients send (GDPR011): the model vendor and the mail
            // service, on the clients' fields, the first place GDPR011's fix offers.
            DeclareRecipients();

            // Step 9d: the person encrypts the health data (an EF Core converter marked [Encryption], GDPR014) and makes
            // the erasure handler remove the call backs it left behind (GDPR016): neither has an automatic fix.
            WriteProtections();

            // Step 10: with every purpose and basis declared, every log line fixed and every decision held for review, the
            // warnings-as-errors build passes.
            ProcessResult strictDeclared = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "--no-restore", "-nologo", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictDeclared.ExitCode == 0, "The fixed and declared sample does not build with warnings as errors:" + Environment.NewLine + strictDeclared.Describe());
            Assert.Empty(Findings(strictDeclared));

            // Step 6, second half: the fixed program logs the same events, with pseudonyms instead of the personal data,
            // and still stores the conversations in its database and transcript (here at paths given on the command line).
            ProgramRun fixedRun = await RunProgram("fixed", explicitStores: true);
            foreach (string value in emails.Concat(phones))
            {
                Assert.False(fixedRun.Log.Contains(value, StringComparison.Ordinal), $"The fixed program still logs '{value}':{Environment.NewLine}{fixedRun.Log}");
                Assert.False(fixedRun.StandardError.Contains(value, StringComparison.Ordinal), $"The fixed program still logs '{value}' to standard error:{Environment.NewLine}{fixedRun.StandardError}");
                Assert.True(fixedRun.StoredTranscript.Contains(value, StringComparison.Ordinal), $"The transcript file lacks '{value}':{Environment.NewLine}{fixedRun.StoredTranscript}");
            }

            Assert.Contains("ps:", fixedRun.Log, StringComparison.Ordinal);

            // The transcripts still go out by e-mail (to the pickup folder): one message per conversation, as before.
            Assert.True(unfixed.MailCount > 0, "The unfixed program e-mailed no transcript.");
            Assert.Equal(unfixed.MailCount, fixedRun.MailCount);
            Assert.Equal(unfixed.LogLineCount, fixedRun.LogLineCount);
            Assert.Equal(unfixed.StoredCounts, fixedRun.StoredCounts);

            // The refund decisions are held for a person: the customer hears that a colleague will review the request, the
            // log says the decision is held, and PendingDecision.OnHold queued each one for review.
            Assert.Equal(decided, Occurrences(fixedRun.Transcript, HeldReply));
            Assert.DoesNotContain(DecidedReply, fixedRun.Transcript, StringComparison.Ordinal);
            Assert.Equal(decided, Occurrences(fixedRun.Log, HeldLog));
            Assert.Empty(DecidedLog.Matches(fixedRun.Log));
            Assert.Equal(decided.ToString(CultureInfo.InvariantCulture), AwaitingReview.Match(fixedRun.Log).Groups["pending"].Value);

            // Otherwise the chat is the same: the customer's replies are not a log and do not change.
            string[] unfixedChat = unfixed.Transcript.Split('\n');
            string[] fixedChat = fixedRun.Transcript.Split('\n');
            Assert.Equal(unfixedChat.Length, fixedChat.Length);
            for (int i = 0; i < unfixedChat.Length; i++)
            {
                if (unfixedChat[i] != fixedChat[i])
                {
                    Assert.True(
                        unfixedChat[i].Contains(DecidedReply, StringComparison.Ordinal) && fixedChat[i].Contains(HeldReply, StringComparison.Ordinal),
                        $"Line {i + 1} of the chat changed: '{unfixedChat[i]}' became '{fixedChat[i]}'.");
                }
            }
        }

        /// <summary>Step 9d: the lines of <see cref="Protections"/>, each after its anchor line.</summary>
        private void WriteProtections()
        {
            foreach ((string file, string after, string lines) in Protections)
            {
                string path = Path.Combine(fixture.SampleFolder, file);
                string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                Assert.True(text.Contains(after, StringComparison.Ordinal), $"{file} has no line '{after.Trim()}'.");
                File.WriteAllText(path, text.Replace(after, after + lines, StringComparison.Ordinal));
            }

            fixture.Record($"Wrote {Protections.Length} protections.");
        }

        /// <summary>Step 9c: a <c>[Recipient]</c> above each client field of Handover.cs, as GDPR011's fix places it.</summary>
        private void DeclareRecipients()
        {
            string path = Path.Combine(fixture.SampleFolder, "Handover.cs");
            string text = File.ReadAllText(path);
            foreach ((string field, string declaration) in Recipients)
            {
                Assert.True(text.Contains(field, StringComparison.Ordinal), $"Handover.cs has no line '{field.Trim()}'.");
                text = text.Replace(field, declaration + Environment.NewLine + field, StringComparison.Ordinal);
            }

            File.WriteAllText(path, text);
            fixture.Record($"Declared {Recipients.Length} recipients.");
        }

        /// <summary>Step 9b: GDPR004's "Route through human review" applied through the code-fix API, checked.</summary>
        private async Task RouteDecisionsThroughReview()
        {
            // The references of the real build: what the compiler gets for this project (the packed package's annotations
            // among them), read from MSBuild after resolving them.
            ProcessResult references = await Dotnet(BuildTimeout, PersonRoutesDecisions.BuildInputs.MsBuildArguments(PackedPackagesFixture.SampleProjectFile));
            Assert.True(references.ExitCode == 0, "MSBuild did not give the sample's references:" + Environment.NewLine + references.Describe());
            PersonRoutesDecisions.BuildInputs inputs = PersonRoutesDecisions.BuildInputs.Parse(references.StandardOutput, fixture.SampleFolder);
            Assert.Contains(inputs.References, path => Path.GetFileName(path) == "GdprAnalyzers.Annotations.dll" && path.StartsWith(fixture.PackagesFolder, StringComparison.Ordinal));
            Assert.Contains(inputs.References, path => Path.GetFileName(path) == "Microsoft.ML.Data.dll");

            Stopwatch clock = Stopwatch.StartNew();
            IReadOnlyList<PersonRoutesDecisions.AppliedFix> routed = await PersonRoutesDecisions.ApplyAsync(fixture.SampleFolder, inputs, CancellationToken.None);
            string step = $"Route through human review (code-fix API): {routed.Count} fixes, {clock.Elapsed.TotalSeconds:F1} s";
            fixture.Record(step);
            output.WriteLine(step);
            output.WriteLine("Routed, as a person would:" + Environment.NewLine + string.Join(Environment.NewLine, routed.Select(fix => $"  {fix.File}:{fix.Line}: {fix.FixedLine.Trim()}")));

            // One fix for each marked decision, at its line (read again: the marker moves with its line), which now holds the
            // decision: PendingDecision.Hold(...).Outcome.
            Assert.Equal(OfRules(MarkedFindings(), Unreviewed), new SortedSet<string>(routed.Select(fix => $"{Unreviewed}@{fix.File}:{fix.Line}"), StringComparer.Ordinal));
            foreach (PersonRoutesDecisions.AppliedFix fix in routed)
            {
                Assert.Equal("Route through human review (PendingDecision.Hold)", fix.Title);
                string line = LineAt($"{fix.File}:{fix.Line}");
                Assert.True(
                    line.Contains("PendingDecision.Hold(", StringComparison.Ordinal) && line.Contains(").Outcome", StringComparison.Ordinal),
                    $"{fix.File}:{fix.Line} does not hold the decision: {line.Trim()}");
            }
        }

        private void AssertUnchanged(Dictionary<string, string> before, string what, ProcessResult format)
        {
            Dictionary<string, string> after = SourceTexts();
            Assert.True(
                before.Count == after.Count && before.All(file => after.TryGetValue(file.Key, out string? text) && text == file.Value),
                $"dotnet format changed the sample for {what}: "
                + string.Join(", ", before.Keys.Where(file => !after.TryGetValue(file, out string? text) || text != before[file]))
                + Environment.NewLine + format.Describe());
        }

        private static int Occurrences(string text, string value)
        {
            int count = 0;
            for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        /// <summary>Runs <c>dotnet</c> in the sample copy and records the step's time.</summary>
        private async Task<ProcessResult> Dotnet(TimeSpan timeout, params string[] arguments)
        {
            ProcessResult result = await fixture.DotnetAsync(fixture.SampleFolder, timeout, arguments);
            output.WriteLine($"{result.CommandLine}: exit code {result.ExitCode}, {result.Elapsed.TotalSeconds:F1} s");
            return result;
        }

        /// <summary>
        /// Runs the built sample on its scripted conversation; its log goes to a file of its own. With
        /// <paramref name="explicitStores"/> the database and transcript paths are given on the command line, else the
        /// program puts them at its defaults, next to the log file (a folder of its own per run).
        /// </summary>
        private async Task<ProgramRun> RunProgram(string name, bool explicitStores)
        {
            string logFolder = Path.Combine(fixture.WorkRoot, "run-" + name);
            string logFile = Path.Combine(logFolder, name + ".log");
            string database = Path.Combine(logFolder, "supportchatbot.db");
            string transcript = Path.Combine(logFolder, "supportchatbot-transcript.txt");
            string program = Path.Combine(fixture.SampleFolder, "bin", "Debug", "net10.0", "SupportChatbot.dll");
            var arguments = new List<string> { program, "--log-file", logFile };
            if (explicitStores)
            {
                database = Path.Combine(fixture.WorkRoot, "stores-" + name, "support.sqlite");
                transcript = Path.Combine(fixture.WorkRoot, "stores-" + name, "transcript.txt");
                arguments.AddRange(new[] { "--database", database, "--transcript", transcript });
            }

            ProcessResult run = await Dotnet(RunTimeout, arguments.ToArray());
            Assert.True(run.ExitCode == 0, $"The {name} program failed:{Environment.NewLine}{run.Describe()}");
            Assert.True(File.Exists(logFile), $"The {name} program wrote no log file {logFile}:{Environment.NewLine}{run.Describe()}");
            string log = File.ReadAllText(logFile);
            Assert.True(log.Length > 0 && run.StandardOutput.Contains("Ticket", StringComparison.Ordinal), run.Describe() + Environment.NewLine + log);

            // The database: a SQLite file, complete on disk when the program has ended; read back by the program, which
            // logs its counts.
            Assert.True(File.Exists(database), $"The {name} program wrote no database {database}:{Environment.NewLine}{run.Describe()}");
            byte[] header = new byte[16];
            using (FileStream file = File.OpenRead(database))
            {
                Assert.True(file.Length > 0, $"The {name} program's database {database} is empty.");
                Assert.Equal(header.Length, file.Read(header, 0, header.Length));
            }

            Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(header));
            Match counts = StoredCounts.Match(log);
            Assert.True(counts.Success, $"The {name} program logged no database counts:{Environment.NewLine}{log}");
            Assert.True(
                int.Parse(counts.Groups["customers"].Value, CultureInfo.InvariantCulture) > 0 && int.Parse(counts.Groups["messages"].Value, CultureInfo.InvariantCulture) > 0,
                $"The {name} program stored nothing: {counts.Value}");

            Assert.True(File.Exists(transcript), $"The {name} program wrote no transcript file {transcript}:{Environment.NewLine}{run.Describe()}");
            // The e-mailed transcripts: written as .eml files to the SMTP pickup folder next to the log.
            string outbox = Path.Combine(logFolder, "outbox");
            int mails = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").Length : 0;
            return new ProgramRun(log, run.StandardError, run.StandardOutput, File.ReadAllText(transcript), counts.Value, mails);
        }

        /// <summary>The expected findings, <c>RULE@file:line</c>, from the markers at the ends of the sample's lines.</summary>
        private SortedSet<string> MarkedFindings()
        {
            var findings = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in SourceFiles())
            {
                string[] text = File.ReadAllLines(file);
                for (int i = 0; i < text.Length; i++)
                {
                    Match marker = FindingMarker.Match(text[i].TrimEnd());
                    if (!marker.Success)
                    {
                        continue;
                    }

                    foreach (string id in marker.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        findings.Add(id + "@" + RelativePath(file) + ":" + (i + 1));
                    }
                }
            }

            return findings;
        }

        private static SortedSet<string> OfRules(SortedSet<string> findings, params string[] ids) =>
            new(findings.Where(finding => ids.Contains(finding.Substring(0, finding.IndexOf('@')))), StringComparer.Ordinal);

        private static string PositionOf(string finding) => finding.Substring(finding.IndexOf('@') + 1);

        /// <summary>The findings of a build are exactly the expected ones: each rule on its marked lines, once a line.</summary>
        private static void AssertFindingsAt(SortedSet<string> expected, List<Finding> findings, ProcessResult build)
        {
            var reported = new SortedSet<string>(findings.Select(finding => finding.Key), StringComparer.Ordinal);
            Assert.True(
                expected.SetEquals(reported),
                $"Expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}"
                + $"Reported:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", findings.Select(finding => finding.Key + ":" + finding.Column))}"
                + Environment.NewLine + build.Describe());
            Assert.True(expected.Count == findings.Count, "More than one finding of a rule on a line:" + Environment.NewLine + build.Describe());
        }

        private IEnumerable<string> SourceFiles() =>
            Directory.EnumerateFiles(fixture.SampleFolder, "*.cs", SearchOption.AllDirectories)
                .Where(file =>
                {
                    string relative = RelativePath(file);
                    return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
                });

        /// <summary>The text of every source file of the copy, by relative path.</summary>
        private Dictionary<string, string> SourceTexts() =>
            SourceFiles().ToDictionary(RelativePath, File.ReadAllText, StringComparer.Ordinal);

        private string LineAt(string position)
        {
            int colon = position.LastIndexOf(':');
            string[] text = File.ReadAllLines(Path.Combine(fixture.SampleFolder, position.Substring(0, colon)));
            int line = int.Parse(position.Substring(colon + 1), CultureInfo.InvariantCulture);
            return line <= text.Length ? text[line - 1] : string.Empty;
        }

        /// <summary>The e-mail addresses and phone numbers that the customers type in the sample's script.</summary>
        private (IReadOnlyList<string> Emails, IReadOnlyList<string> Phones) PersonalDataInScript()
        {
            string script = string.Join(
                "\n",
                File.ReadAllLines(Path.Combine(fixture.SampleFolder, "conversation.txt")).Where(line => !line.TrimStart().StartsWith('#')).Select(line => line.Trim()));
            string[] emails = EmailAddress.Matches(script).Select(match => match.Value).Distinct().ToArray();
            string[] phones = PhoneNumber.Matches(script).Select(match => match.Value).Distinct().ToArray();
            Assert.True(emails.Length >= 2 && phones.Length >= 2, $"The script should hold several e-mail addresses and phone numbers; found {string.Join(", ", emails.Concat(phones))}.");
            return (emails, phones);
        }

        private List<Finding> Findings(ProcessResult build) => BuildFindings.Of(build, fixture.SampleFolder);

        private string RelativePath(string path) => BuildFindings.RelativePath(fixture.SampleFolder, path);

        private sealed class ProgramRun
        {
            public ProgramRun(string log, string standardError, string transcript, string storedTranscript, string storedCounts, int mailCount)
            {
                MailCount = mailCount;
                Log = log;
                StandardError = standardError;
                Transcript = transcript;
                StoredTranscript = storedTranscript;
                StoredCounts = storedCounts;
            }

            /// <summary>The log file: Serilog's file sink, with Microsoft.Extensions.Logging's events routed to it.</summary>
            public string Log { get; }

            /// <summary>Microsoft.Extensions.Logging's console provider writes here.</summary>
            public string StandardError { get; }

            /// <summary>Standard output: the chat with the customer.</summary>
            public string Transcript { get; }

            /// <summary>The transcript file: a store of personal data, with its purpose and basis declared.</summary>
            public string StoredTranscript { get; }

            /// <summary>What the program read back from its database, as it logged it.</summary>
            public string StoredCounts { get; }

            /// <summary>How many e-mails the program wrote to its SMTP pickup folder.</summary>
            public int MailCount { get; }

            public int LogLineCount => Log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        }
    }
}
