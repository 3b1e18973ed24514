// The Node reference: Discord's own library (discord-interactions) on express, answering signed PINGs and
// a fixed /who card, so BriefBot's HTTP front is measured against what most bots run.
// PUBLIC_KEY=... PORT=5090 node server.js
const express = require('express');
const { InteractionType, InteractionResponseType, verifyKeyMiddleware } = require('discord-interactions');

const app = express();
app.post('/discord/interactions', verifyKeyMiddleware(process.env.PUBLIC_KEY), (req, res) => {
  const interaction = req.body;
  if (interaction.type === InteractionType.PING) {
    return res.send({ type: InteractionResponseType.PONG });
  }
  return res.send({
    type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE,
    data: { content: 'reference answer', allowed_mentions: { parse: [] } },
  });
});
app.listen(Number(process.env.PORT || 5090), '127.0.0.1');
