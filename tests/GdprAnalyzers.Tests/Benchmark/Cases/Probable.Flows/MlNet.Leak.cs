// benchmark: leak GDPR104
// option: gdpr.probable_personal_data_in_flows = true
// An ML.NET prediction over an input row with an unannotated phone number, used directly as the decision.
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class LoanInput
{
    public string PhoneNumber { get; set; } = "";
    public float Amount { get; set; }
}

public sealed class LoanPrediction
{
    [ColumnName("PredictedLabel")] public bool Approve { get; set; }
}

public sealed class Loans
{
    public LoanPrediction Decide(PredictionEngine<LoanInput, LoanPrediction> engine, LoanInput input) =>
        engine.Predict(input); // expected
}
