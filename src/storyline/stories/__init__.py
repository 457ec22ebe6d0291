"""stories: corpus stages that compare articles (key terms, dates from similar articles)."""
