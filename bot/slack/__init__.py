"""The Slack edge: a slack-bolt app over the core (answers, cards, votes), served over HTTP or Socket Mode."""
