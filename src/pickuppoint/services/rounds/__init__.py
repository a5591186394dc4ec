"""Distribution rounds (批次): order and allocation rounds and how the Rounds page lists them."""
