using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using GdprAnalyzers.Annotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Serilog;

namespace SupportChatbot
{
    /// <summary>
    /// Runs the scripted conversations of conversation.txt through the <see cref="SupportBot"/>.
    /// Usage: <c>SupportChatbot [--script FILE] [--log-file FILE] [--database FILE] [--transcript FILE]</c>; the
    /// defaults are conversation.txt and logs/supportchatbot.log next to the program, and supportchatbot.db and
    /// supportchatbot-transcript.txt next to the log file.
    /// Standard output: the chat transcript (bot replies and customer turns). Logs: the log file (Serilog file sink;
    /// Microsoft.Extensions.Logging writes there too, through Serilog.Extensions.Logging) and standard error
    /// (Microsoft.Extensions.Logging's console provider, all levels redirected to standard error). Stores: the support
    /// database (SQLite, through EF Core; created if missing, added to on every run) and the transcript file (appended).
    /// At start-up it trains the refund model on refund-history.csv and reads the customers' last orders from orders.csv.
    /// </summary>
    internal static class Program
    {
        /// <summary>Base64 of at least 32 random bytes: the pseudonymisation key in production.</summary>
        private const string KeyVariable = "SUPPORTCHATBOT_PSEUDONYMIZATION_KEY";

        /// <summary>The demo key shipped with the sample, used when <see cref="KeyVariable"/> is not set.</summary>
        private const string DemoKeyFile = "demo-pseudonymization-key.txt";

        private const string Usage = "Usage: SupportChatbot [--script FILE] [--log-file FILE] [--database FILE] [--transcript FILE]";

        public static int Main(string[] args)
        {
            string scriptPath = Path.Combine(AppContext.BaseDirectory, "conversation.txt");
            string logPath = Path.Combine(AppContext.BaseDirectory, "logs", "supportchatbot.log");
            string? databasePath = null;
            string? transcriptPath = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--script" && i + 1 < args.Length)
                {
                    scriptPath = args[++i];
                }
                else if (args[i] == "--log-file" && i + 1 < args.Length)
                {
                    logPath = args[++i];
                }
                else if (args[i] == "--database" && i + 1 < args.Length)
                {
                    databasePath = args[++i];
                }
                else if (args[i] == "--transcript" && i + 1 < args.Length)
                {
                    transcriptPath = args[++i];
                }
                else
                {
                    Console.Error.WriteLine(Usage);
                    return 2;
                }
            }

            ConfigurePseudonymizationKey();

            string logFolder = Path.GetDirectoryName(Path.GetFullPath(logPath)) ?? AppContext.BaseDirectory;
            databasePath = Path.GetFullPath(databasePath ?? Path.Combine(logFolder, "supportchatbot.db"));
            transcriptPath = Path.GetFullPath(transcriptPath ?? Path.Combine(logFolder, "supportchatbot-transcript.txt"));
            foreach (string path in new[] { logPath, databasePath, transcriptPath })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
            }

            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Information()
                .Enrich.WithProperty("SourceContext", "SupportChatbot") // Microsoft.Extensions.Logging events keep their own.
                .WriteTo.File(
                    logPath,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
            try
            {
                IReadOnlyList<Conversation> conversations = ConversationScript.Load(scriptPath);
                OrderBook orders = OrderBook.Load(Path.Combine(AppContext.BaseDirectory, "orders.csv"));

                // Automated decisions held for review (PendingDecision.Hold) wait for a person here.
                var reviewQueue = new ReviewQueue();
                PendingDecision.OnHold = reviewQueue.Add;

                var training = Stopwatch.StartNew();
                using (PredictionEngine<RefundRequest, RefundPrediction> refundModel = RefundModel.Train(Path.Combine(AppContext.BaseDirectory, "refund-history.csv"), out long examples))
                using (var database = new SupportDb(databasePath))
                using (ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder
                    .SetMinimumLevel(LogLevel.Information)
                    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
                    .AddSimpleConsole(options => options.SingleLine = true)
                    .AddSerilog(Log.Logger, dispose: false)))
                {
                    Log.Information("Refund model trained on {Examples} past refund requests in {Milliseconds} ms", examples, training.ElapsedMilliseconds);
                    database.Database.EnsureCreated();
                    var archive = new ConversationArchive(database, new TranscriptFile(transcriptPath));
                    string outbox = Path.Combine(logFolder, "outbox");
                    Directory.CreateDirectory(outbox);
                    using var mail = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = outbox };
                    using var summaries = new LocalSummaryModel();
                    var bot = new SupportBot(loggerFactory.CreateLogger<SupportBot>(), Console.Out, archive, refundModel, orders, new Handover(summaries, mail));
                    foreach (Conversation conversation in conversations)
                    {
                        bot.Handle(conversation);
                    }

                    Log.Information("{Count} conversations handled", conversations.Count);
                    Log.Information(
                        "The support database holds {Customers} customers, {Messages} messages and {Callbacks} call backs",
                        database.Customers.Count(),
                        database.Messages.Count(),
                        database.Callbacks.Count());
                    Log.Information("{Pending} automated decisions await review by a person", reviewQueue.Count);
                }

                return 0;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or DbUpdateException or SqliteException)
            {
                Log.Error(exception, "The chatbot stopped");
                Console.Error.WriteLine("SupportChatbot: " + exception.Message);
                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        /// <summary>
        /// Configures the key of <see cref="Redact.Pseudonymize"/> once, before anything is logged (GDPR Art. 4(5):
        /// the key is the "additional information" that must be kept apart from the pseudonymised logs).
        /// In production, set the environment variable SUPPORTCHATBOT_PSEUDONYMIZATION_KEY to the base64 of at least 32
        /// random bytes from a secret store (for example <c>openssl rand -base64 32</c>). Without it, the sample uses the
        /// fixed demo key in demo-pseudonymization-key.txt next to the program, so that pseudonyms are the same on every
        /// run. That key is public: its pseudonyms protect nothing, never use it for real data.
        /// </summary>
        private static void ConfigurePseudonymizationKey()
        {
            string? encoded = Environment.GetEnvironmentVariable(KeyVariable);
            if (string.IsNullOrWhiteSpace(encoded))
            {
                encoded = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, DemoKeyFile));
            }

            Redact.ConfigurePseudonymizationKey(Convert.FromBase64String(encoded.Trim()));

            // The key of the encrypted columns, derived from the same secret for the sample (a real application keeps a
            // key of its own in its key vault).
            FieldEncryption.ConfigureKey(SHA256.HashData(Encoding.UTF8.GetBytes("field-encryption:" + encoded.Trim())));
        }
    }
}
