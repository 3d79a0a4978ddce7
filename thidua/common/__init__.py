"""The bottom layer: plain helpers every app may import and that import no app of thidua
(text, findings, the one domain error, the one history helper, the people vocabulary,
the review states, the navigation shapes, the clock)."""
