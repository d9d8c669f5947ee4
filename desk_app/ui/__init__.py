"""Qt widgets and item models. They gather input and show results; rules live in models/."""
