<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="44"/>
        <source>Código de producto (F3) y Intro</source>
        <translation>Product code (F3) and Enter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="46"/>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="66"/>
        <source>Una unidad menos</source>
        <translation>One fewer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="67"/>
        <source>Una unidad más</source>
        <translation>One more</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="68"/>
        <source>Cantidad…</source>
        <translation>Quantity…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="69"/>
        <source>Dto. línea…</source>
        <translation>Line discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Quitar línea</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Dto. ticket…</source>
        <translation>Sale discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="90"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="92"/>
        <source>Descuentos</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="95"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="98"/>
        <source>Cobrar (F9)</source>
        <translation>Take payment (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="103"/>
        <source>Venta</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="182"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="182"/>
        <source>Unidades:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="217"/>
        <source>Descuento de ticket</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="254"/>
        <source>IVA {rate} %: {vat}</source>
        <translation>VAT {rate}%: {vat}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="260"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation>No customer: this sale earns no points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="263"/>
        <source>Puntos de esta venta: {n}</source>
        <translation>Points from this sale: {n}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="26"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="27"/>
        <source>Cant.</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="28"/>
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="29"/>
        <source>Dto.</source>
        <translation>Disc.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="30"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="51"/>
        <source>Cámara</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="54"/>
        <source>Devolución (F8)</source>
        <translation>Return (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="56"/>
        <source>Tickets (F7)</source>
        <translation>Receipts (F7)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="58"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="60"/>
        <source>Cambiar usuario (F12)</source>
        <translation>Switch user (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="181"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation>Camera on: hold the code up to the camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="184"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation>The camera cannot be used: {r}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation>0 = no discount</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="21"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation>Code {code} is not valid (wrong check digit). Please scan it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="25"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation>There is no product with code {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="26"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation>“{name}” ({code}) has been discontinued and cannot be sold.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="29"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation>The quantity must be a whole number from 1 to 999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="32"/>
        <source>«{text}» no es un importe válido.</source>
        <translation>“{text}” is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="33"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation>Your profile allows discounts of up to {limit}%. Please ask a manager.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="36"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation>There are no products in the sale.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="37"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation>{missing} still to pay.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>Código o PIN incorrecto.</source>
        <translation>Wrong code or PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation>Too many attempts. Code locked for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="42"/>
        <source>Su perfil no permite esta operación.</source>
        <translation>Your profile does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="43"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation>Receipt {number} not found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation>Only {left} units of “{name}” are left to return.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="47"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation>Customer not found in this shop.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="48"/>
        <source>El DNI/NIE «{text}» no es válido: revise la letra.</source>
        <translation>The DNI/NIE “{text}” is not valid: please check the letter.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>«{text}» no es un teléfono válido.</source>
        <translation>“{text}” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="52"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation>“{text}” is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation>Something went wrong. Nothing has been half-saved; please try again.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation>Receipt history</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="48"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation>Card, phone, DNI/NIE, email or name (F2)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Compra</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="77"/>
        <source>Quitar cliente</source>
        <translation>Remove customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="87"/>
        <source>Últimas compras</source>
        <translation>Recent purchases</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="93"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>socia</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>no socia</source>
        <translation>non-member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="132"/>
        <source>Ningún cliente encontrado.</source>
        <translation>No customers found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>Socia del club</source>
        <translation>Club member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>No socia</source>
        <translation>Not a member</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="188"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="191"/>
        <source>Tarjeta {n}</source>
        <translation>Card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Socia desde {d}</source>
        <translation>Member since {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="200"/>
        <source>Cumpleaños el {d}</source>
        <translation>Birthday on {d}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation>Log in to start</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation>Enter your code and your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="23"/>
        <source>Loyalty Counter — {store}</source>
        <translation>Loyalty Counter — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="45"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation>Shop {store} · Till {device}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="92"/>
        <source>Usuario: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="94"/>
        <source>Sin usuario</source>
        <translation>No user</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>● En línea</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>● Sin conexión</source>
        <translation>● Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="104"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="110"/>
        <source>dependiente</source>
        <translation>sales assistant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>asesora de belleza</source>
        <translation>beauty adviser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>encargada</source>
        <translation>manager</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="30"/>
        <source>Cobrar</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="35"/>
        <source>Total a cobrar: {t}</source>
        <translation>Total to pay: {t}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="49"/>
        <source>Todo con tarjeta</source>
        <translation>All by card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="51"/>
        <source>Efectivo exacto</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Confirmar cobro</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="61"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="65"/>
        <source>Tarjeta (€)</source>
        <translation>Card (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="68"/>
        <source>Efectivo entregado (€)</source>
        <translation>Cash tendered (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="102"/>
        <source>Cambio: {c}</source>
        <translation>Change: {c}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="46"/>
        <source>Ticket {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="51"/>
        <source>Preparando el ticket…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="57"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="58"/>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="59"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="88"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="93"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28px&apos;&gt;Change: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="99"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation>Points: {p} · Balance: {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation>The receipt could not be prepared: {e}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <source>Guardar ticket</source>
        <translation>Save receipt</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation>Scan the receipt&apos;s QR code or type its number</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation>Cash refund</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation>Refund to card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation>Receipt {n} from {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation>Enter how many units are being returned.</translation>
    </message>
</context>
</TS>
