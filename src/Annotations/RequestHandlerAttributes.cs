using System;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// Marks a method that serves a data subject's request for erasure (GDPR Art. 17, the "right to be forgotten"): a
    /// "delete my data" endpoint or the service method behind it.
    /// </summary>
    /// <remarks>
    /// GDPR016 checks, for each EF Core context the method uses (itself or through the project's methods it calls), that
    /// every entity type holding personal data is removed (<c>Remove</c>, <c>RemoveRange</c>, <c>ExecuteDelete</c>,
    /// Identity's <c>UserManager.DeleteAsync</c>, or a cascade delete from a removed entity), anonymised (every personal
    /// data member overwritten), or kept on purpose with <see cref="RetainedAfterErasureAttribute"/>. The attribute has no
    /// effect at run time.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class ErasureRequestHandlerAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks a method that serves a data subject's request for access to their personal data (GDPR Art. 15(1) and (3):
    /// confirmation and a copy of the personal data undergoing processing): a "download my data" endpoint or the service
    /// method behind it.
    /// </summary>
    /// <remarks>
    /// GDPR016 checks, for each EF Core context the method uses (itself or through the project's methods it calls), that
    /// every entity type holding personal data is read (a query over its set, <c>Find</c>, a navigation, Identity's
    /// <c>UserManager</c> getters). Data portability (Art. 20) is not checked. The attribute has no effect at run time.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class AccessRequestHandlerAttribute : Attribute
    {
    }

    /// <summary>
    /// Declares that personal data is kept when its data subject asks for erasure, and why (GDPR Art. 17(3): erasure does
    /// not apply where processing is necessary, for instance, for compliance with a legal obligation, Art. 17(3)(b), or for
    /// the establishment, exercise or defence of legal claims, Art. 17(3)(e)).
    /// </summary>
    /// <remarks>
    /// <para>On an entity type (the whole type is kept), on one of its members (that member may stay when the others are
    /// anonymised), or on the EF Core <c>DbSet</c> property that holds the type. GDPR016 accepts it as an answer to an
    /// erasure request only with a <see cref="Reason"/>: an empty reason or a placeholder such as "TODO" counts as none.</para>
    /// <para>The data is still the data subject's: an access request (Art. 15) must include it. Keeping it needs a
    /// retention period too (Art. 5(1)(e)).</para>
    /// </remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class RetainedAfterErasureAttribute : Attribute
    {
        /// <summary>Declares that the data is kept after an erasure request.</summary>
        /// <param name="reason">Why, in plain words, with the ground of Art. 17(3), e.g. "legal obligation: invoices, 10
        /// years (commercial code)".</param>
        public RetainedAfterErasureAttribute(string reason)
        {
            Reason = reason;
        }

        /// <summary>Why the data is kept, as written.</summary>
        public string Reason { get; }
    }
}
