using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>An impossible step in a model's life, such as replicating a removed model (<em>bước không hợp lệ</em>).</summary>
public sealed class LifecycleException : InvalidOperationException
{
    /// <summary>An impossible step from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The stage before the step, or null before the founding.</param>
    /// <param name="to">The stage the step would reach.</param>
    /// <param name="reason">Why the step is impossible.</param>
    public LifecycleException(ModelStage? from, ModelStage to, string reason)
        : base($"A model cannot move from {(from is { } f ? f.ToString() : "not founded")} to {to}: {reason}")
    {
        From = from;
        To = to;
    }

    /// <summary>An impossible step.</summary>
    public LifecycleException()
    {
    }

    /// <summary>An impossible step, described.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    public LifecycleException(string message)
        : base(message)
    {
    }

    /// <summary>An impossible step, described, with its cause.</summary>
    /// <param name="message">What went wrong, worded for a person.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public LifecycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The stage before the step, or null before founding.</summary>
    public ModelStage? From { get; }

    /// <summary>The stage the step tried to reach.</summary>
    public ModelStage To { get; }
}
