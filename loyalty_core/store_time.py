"""The stores' clock: the chain's stores keep peninsular Spanish time.

Calendar days (a campaign's dates, a day's figures, the date on a receipt
or a consent) are counted in it, on the tablet and at head office alike.
A store in the Canary Islands would need the zone per store.
"""

from zoneinfo import ZoneInfo

MADRID = ZoneInfo("Europe/Madrid")
