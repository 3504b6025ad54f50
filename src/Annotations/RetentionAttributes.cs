using System;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// Declares how long stored personal data is kept: its retention period (GDPR Art. 5(1)(e), storage limitation; Art.
    /// 13(2)(a), the period or the criteria used to determine it, told to the data subject; Art. 30(1)(f), the record of
    /// processing lists the time limits for erasure).
    /// </summary>
    /// <remarks>
    /// <para>Applies where a <see cref="ProcessingPurposeAttribute"/> does: the personal data member, its type, the storing
    /// method or its type (for EF Core, the <c>DbSet</c> property or the context). The nearest declaration counts.</para>
    /// <para>GDPR013 reports stored personal data without one, and a <see cref="Duration"/> that is empty, a placeholder
    /// such as "TODO", or not an ISO 8601 duration. The attribute has no effect at run time: deleting the data when the
    /// period ends is the program's job.</para>
    /// </remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property |
        AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class RetentionPeriodAttribute : Attribute
    {
        /// <summary>Declares the retention period.</summary>
        /// <param name="duration">An ISO 8601 duration, <c>PnYnMnWnDTnHnMnS</c> with at least one component, e.g.
        /// <c>"P90D"</c> (90 days), <c>"P2Y"</c> (two years), <c>"P1Y6M"</c>, <c>"PT12H"</c>.</param>
        public RetentionPeriodAttribute(string duration)
        {
            Duration = duration;
        }

        /// <summary>The retention period, an ISO 8601 duration as written.</summary>
        public string Duration { get; }

        /// <summary>What starts or ends the period, in plain words, e.g. "after the contract ends" or "from the last
        /// message of the conversation" (GDPR Art. 13(2)(a): the criteria used to determine the period). Optional.</summary>
        public string? Criteria { get; set; }
    }
}
