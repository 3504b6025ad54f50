using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using GdprAnalyzers.Annotations;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SupportChatbot
{
    /// <summary>
    /// A refund request as the refund desk files it: the customer it is about and the figures of their last order. The
    /// model decides on the figures (its features); the decision is about this customer, whose number goes with it.
    /// </summary>
    public sealed class RefundRequest
    {
        [PersonalData(PersonalDataCategory.CustomerNumber)]
        public string CustomerNumber { get; set; } = "";

        public float OrderTotal { get; set; }

        public float DaysSinceDelivery { get; set; }

        public float PreviousRefunds { get; set; }
    }

    /// <summary>What the refund model decides.</summary>
    public sealed class RefundPrediction
    {
        [ColumnName("PredictedLabel")]
        public bool Eligible { get; set; }

        public float Probability { get; set; }
    }

    /// <summary>One past refund request of the training data (refund-history.csv) and what a case handler decided. It
    /// names no customer.</summary>
    public sealed class RefundHistoryRow
    {
        [LoadColumn(0)]
        public float OrderTotal { get; set; }

        [LoadColumn(1)]
        public float DaysSinceDelivery { get; set; }

        [LoadColumn(2)]
        public float PreviousRefunds { get; set; }

        [LoadColumn(3)]
        [ColumnName("Label")]
        public bool Eligible { get; set; }
    }

    /// <summary>
    /// The refund model: an ML.NET binary classifier (SDCA logistic regression) trained at start-up on the small synthetic
    /// refund history shipped with the sample (refund-history.csv). A fixed seed, one thread and a fixed number of passes
    /// make it the same model on every run; training takes well under a second.
    /// </summary>
    public static class RefundModel
    {
        private static readonly string[] Features =
        {
            nameof(RefundRequest.OrderTotal), nameof(RefundRequest.DaysSinceDelivery), nameof(RefundRequest.PreviousRefunds),
        };

        /// <summary>Trains the model on <paramref name="historyPath"/> and returns a prediction engine for it.</summary>
        /// <param name="historyPath">A CSV file with a header: order total, days since delivery, previous refunds, eligible.</param>
        /// <param name="examples">How many past requests the model learnt from.</param>
        public static PredictionEngine<RefundRequest, RefundPrediction> Train(string historyPath, out long examples)
        {
            if (!File.Exists(historyPath))
            {
                throw new FileNotFoundException("The refund history is missing.", historyPath);
            }

            var ml = new MLContext(seed: 1);
            IDataView history = ml.Data.LoadFromTextFile<RefundHistoryRow>(historyPath, separatorChar: ',', hasHeader: true);
            examples = history.GetRowCount() ?? CountRows(history);
            var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 1000, // A bound of its own: SDCA's automatic one trains this small set 3 to 4 times slower.
            });
            ITransformer model = ml.Transforms.Concatenate("Features", Features)
                .Append(ml.Transforms.NormalizeMinMax("Features"))
                .Append(trainer)
                .Fit(history);
            return ml.Model.CreatePredictionEngine<RefundRequest, RefundPrediction>(model);
        }

        private static long CountRows(IDataView data)
        {
            long count = 0;
            using DataViewRowCursor cursor = data.GetRowCursor(Array.Empty<DataViewSchema.Column>());
            while (cursor.MoveNext())
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>The figures of a customer's last order, as the order system has them.</summary>
    public sealed class LastOrder
    {
        public LastOrder(float total, float daysSinceDelivery, float previousRefunds)
        {
            Total = total;
            DaysSinceDelivery = daysSinceDelivery;
            PreviousRefunds = previousRefunds;
        }

        public float Total { get; }

        public float DaysSinceDelivery { get; }

        /// <summary>How many refunds the customer had before.</summary>
        public float PreviousRefunds { get; }
    }

    /// <summary>
    /// The order system, as far as the chatbot needs it: each customer's last order, by customer number, read from an
    /// extract (orders.csv: customer number, order total, days since delivery, previous refunds; invented customers).
    /// </summary>
    public sealed class OrderBook
    {
        private readonly Dictionary<string, LastOrder> lastOrders;

        private OrderBook(Dictionary<string, LastOrder> lastOrders)
        {
            this.lastOrders = lastOrders;
        }

        public static OrderBook Load(string path)
        {
            var orders = new Dictionary<string, LastOrder>(StringComparer.OrdinalIgnoreCase);
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (lineNumber == 1 || line.Trim().Length == 0)
                {
                    continue; // The header.
                }

                string[] fields = line.Split(',', StringSplitOptions.TrimEntries);
                if (fields.Length != 4
                    || !float.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float total)
                    || !float.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out float days)
                    || !float.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out float refunds))
                {
                    throw new InvalidDataException($"{path}({lineNumber}): expected customer number, order total, days since delivery, previous refunds.");
                }

                orders[fields[0]] = new LastOrder(total, days, refunds);
            }

            return new OrderBook(orders);
        }

        /// <summary>The customer's last order, or null when they have none.</summary>
        public LastOrder? Find([PersonalData(PersonalDataCategory.CustomerNumber)] string customerNumber) =>
            lastOrders.TryGetValue(customerNumber.Trim(), out LastOrder? order) ? order : null;
    }

    /// <summary>
    /// Where automated decisions wait for a person: <c>PendingDecision.OnHold</c> adds each held decision here. A real
    /// service would show them to a case handler, who confirms or overrides each one.
    /// </summary>
    public sealed class ReviewQueue
    {
        private readonly List<IPendingDecision> pending = new();

        /// <summary>How many decisions await review.</summary>
        public int Count
        {
            get
            {
                lock (pending)
                {
                    return pending.Count;
                }
            }
        }

        public void Add(IPendingDecision decision)
        {
            lock (pending)
            {
                pending.Add(decision);
            }
        }
    }
}
