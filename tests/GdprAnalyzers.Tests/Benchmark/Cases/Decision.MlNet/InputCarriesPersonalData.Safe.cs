// benchmark: safe GDPR004
// The input row has no personal data: a stock forecast.
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class StockInput
{
    public float Sales { get; set; }
    public float Amount { get; set; }
}

public sealed class StockPrediction
{
    [ColumnName("Score")] public float Forecast { get; set; }
}

public sealed class Stock
{
    public float Forecast(PredictionEngine<StockInput, StockPrediction> engine, StockInput input) =>
        engine.Predict(input).Forecast;
}
